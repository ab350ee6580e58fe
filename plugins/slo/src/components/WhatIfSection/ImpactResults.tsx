import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { ImpactAnalysisResponse } from '@slo-engine/plugin-slo-common';
import { countOf, formatDateTime } from '../shared';
import {
  formatComposite,
  formatDelta,
  formatImpactTarget,
  ImpactStatus,
  impactStatus,
} from './formatImpact';

const useStyles = makeStyles(theme => ({
  summary: { margin: theme.spacing(2, 0, 1) },
  status: {
    display: 'inline-block',
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.borderRadius,
    border: '1px solid',
    whiteSpace: 'nowrap',
  },
  risk: { color: theme.palette.error.main },
  ok: { color: theme.palette.success.main },
  none: { color: theme.palette.text.secondary },
  numbers: { whiteSpace: 'nowrap' },
}));

const VIA: Record<string, string> = {
  hard: 'hard, synchronous path',
  'soft-or-async': 'soft or async only',
  'beyond-depth': 'beyond 10 hops',
};

function StatusFlag(props: { status: ImpactStatus }) {
  const classes = useStyles();
  const tones: Record<ImpactStatus, string> = {
    'At risk': classes.risk,
    'Already below target': classes.risk,
    'Within target': classes.ok,
    'No SLO': classes.none,
  };
  const tone = tones[props.status];
  return <span className={`${classes.status} ${tone}`}>{props.status}</span>;
}

/** The summary and the list of upstream services with their at-risk flags. */
export function ImpactResults(props: { response: ImpactAnalysisResponse }) {
  const { response } = props;
  const classes = useStyles();
  const { current_target: from, proposed_target: to } =
    response.proposed_change;
  return (
    <section aria-label="Impact analysis result">
      <Typography variant="h6" component="h3" className={classes.summary}>
        {response.summary.recommendation}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {formatImpactTarget(from)} → {formatImpactTarget(to)} for{' '}
        {response.service_id}:{' '}
        {countOf(response.summary.total_impacted, 'upstream service')},{' '}
        {countOf(response.summary.slos_at_risk, 'SLO')} at risk. Analysed{' '}
        {formatDateTime(response.generated_at)}.
      </Typography>
      {response.unknown_availability.length > 0 && (
        <Typography variant="body2">
          No availability known for {response.unknown_availability.join(', ')}:
          counted as never failing, so the composites below are upper bounds.
        </Typography>
      )}
      {response.impacted_services.length > 0 && (
        <Table size="small" aria-label="Affected upstream services">
          <TableHead>
            <TableRow>
              <TableCell>Service</TableCell>
              <TableCell>Relationship</TableCell>
              <TableCell>Composite now</TableCell>
              <TableCell>Composite after</TableCell>
              <TableCell>Change</TableCell>
              <TableCell>SLO target</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Why</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {response.impacted_services.map(s => (
              <TableRow key={s.service_id}>
                <TableCell>{s.service_id}</TableCell>
                <TableCell>
                  {s.relationship}, {VIA[s.via] ?? s.via}
                </TableCell>
                <TableCell className={classes.numbers}>
                  {formatComposite(s.current_composite_availability)}
                </TableCell>
                <TableCell className={classes.numbers}>
                  {formatComposite(s.projected_composite_availability)}
                </TableCell>
                <TableCell className={classes.numbers}>
                  {formatDelta(s.delta)}
                </TableCell>
                <TableCell className={classes.numbers}>
                  {s.current_slo_target === null
                    ? 'none'
                    : formatImpactTarget(s.current_slo_target)}
                </TableCell>
                <TableCell>
                  <StatusFlag status={impactStatus(s)} />
                </TableCell>
                <TableCell>
                  {s.risk_detail}
                  {s.unknown_dependencies > 0 &&
                    ` ${s.unknown_dependencies} of its dependencies have no known availability.`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
