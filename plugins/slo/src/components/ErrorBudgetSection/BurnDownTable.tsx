import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { ErrorBudgetBurnDownPoint } from '@slo-engine/plugin-slo-common';
import { formatDateTime, formatPercent } from '../shared';
import { dailyBurnDownRows } from './burnDownData';

/** The rows hold percents; the table shows them like every other share. */
const pct = (value: number) => formatPercent(value / 100);

/** The burn-down by day, behind a disclosure: the chart's text alternative. */
export function BurnDownTable(props: {
  points: ErrorBudgetBurnDownPoint[];
  caption: string;
}) {
  const rows = dailyBurnDownRows(props.points);
  return (
    <details>
      <summary>Show as a table</summary>
      <Table size="small" aria-label={props.caption}>
        <TableHead>
          <TableRow>
            <TableCell>End of day (last recorded hour)</TableCell>
            <TableCell align="right">Spent</TableCell>
            <TableCell align="right">Ideal</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(r => (
            <TableRow key={r.at}>
              <TableCell>{formatDateTime(r.at)}</TableCell>
              <TableCell align="right">{pct(r.actual!)}</TableCell>
              <TableCell align="right">{pct(r.ideal)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}
