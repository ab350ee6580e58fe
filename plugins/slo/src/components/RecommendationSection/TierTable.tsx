import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { SloTier } from '@slo-engine/plugin-slo-common';
import { ReactNode } from 'react';
import { TIER_LABELS, TIERS } from '../shared';

const useStyles = makeStyles(theme => ({
  caption: { captionSide: 'top', padding: theme.spacing(0, 0, 1, 0) },
  // The theme breaks words anywhere, which split "Conservative" or
  // "Measure" mid-word in narrow columns; wrap at spaces instead.
  table: { '& th, & td': { wordBreak: 'normal', overflowWrap: 'normal' } },
  // The balanced tier is the recommendation; the others are context.
  balanced: {
    backgroundColor: theme.palette.action.selected,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

/** One measure of every tier, e.g. the target. */
export interface TierRow {
  label: string;
  cell: (tier: SloTier) => ReactNode;
}

/**
 * A table with the tiers as columns and one row per measure, the balanced
 * column highlighted and labelled as the recommended one.
 */
export function TierTable(props: {
  caption: string;
  note?: ReactNode;
  rows: TierRow[];
}) {
  const classes = useStyles();
  const cellClass = (tier: SloTier) =>
    tier === 'balanced' ? classes.balanced : undefined;
  return (
    <Table size="small" className={classes.table}>
      <caption className={classes.caption}>
        <Typography variant="subtitle1" component="span">
          {props.caption}
        </Typography>
        {props.note && (
          <Typography variant="body2" color="textSecondary" component="span">
            {' '}
            {props.note}
          </Typography>
        )}
      </caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Measure
          </TableCell>
          {TIERS.map(tier => (
            <TableCell
              key={tier}
              component="th"
              scope="col"
              className={cellClass(tier)}
            >
              {TIER_LABELS[tier]}
              {tier === 'balanced' && ' (recommended)'}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map(row => (
          <TableRow key={row.label}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            {TIERS.map(tier => (
              <TableCell key={tier} className={cellClass(tier)}>
                {row.cell(tier)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
