import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { DashboardBudgetBucketCount } from '@slo-engine/plugin-slo-common';
import { bucketLabel } from './bucketLabel';

const useStyles = makeStyles(theme => ({
  bar: {
    height: theme.spacing(1.5),
    minWidth: 2,
    backgroundColor: theme.palette.primary.main,
    borderRadius: 2,
  },
  spent: { backgroundColor: theme.palette.error.main },
  count: { display: 'flex', alignItems: 'center', gap: theme.spacing(1) },
  number: { minWidth: theme.spacing(3), textAlign: 'right' },
  track: { flexGrow: 1 },
}));

/**
 * SLIs per band of consumed budget. The bars only repeat the counts next to
 * them, so they are hidden from screen readers.
 */
export function BudgetConsumptionTable(props: {
  buckets: DashboardBudgetBucketCount[];
}) {
  const classes = useStyles();
  const max = Math.max(1, ...props.buckets.map(b => b.count));
  return (
    <Table size="small" aria-label="SLIs by consumed error budget">
      <TableHead>
        <TableRow>
          <TableCell>Budget consumed</TableCell>
          <TableCell>SLIs</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.buckets.map(bucket => (
          <TableRow key={bucket.bucket}>
            <TableCell component="th" scope="row">
              {bucketLabel(bucket)}
            </TableCell>
            <TableCell>
              <div className={classes.count}>
                <span className={classes.number}>{bucket.count}</span>
                <div className={classes.track} aria-hidden="true">
                  <div
                    className={`${classes.bar} ${
                      bucket.bucket === 'gte_100' ? classes.spent : ''
                    }`}
                    style={{ width: `${(bucket.count / max) * 100}%` }}
                  />
                </div>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
