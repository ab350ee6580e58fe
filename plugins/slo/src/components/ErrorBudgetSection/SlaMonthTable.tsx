import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { SlaMonthRow } from '@slo-engine/plugin-slo-common';
import { formatMonth, formatPoints, formatTarget, NO_VALUE } from '../shared';

const STATUS = {
  met: { Icon: StatusOK, label: 'Met' },
  at_risk: { Icon: StatusWarning, label: 'At risk' },
  failed: { Icon: StatusError, label: 'Failed' },
};

function coverage(row: SlaMonthRow): string {
  if (row.data_coverage_percent === null) return 'no full day yet';
  return `${row.days_with_data} of ${row.days_elapsed} days`;
}

/** Monthly SLA compliance, the open month first. */
export function SlaMonthTable(props: { months: SlaMonthRow[] }) {
  return (
    <Table size="small" aria-label="SLA compliance by month">
      <TableHead>
        <TableRow>
          <TableCell>Month</TableCell>
          <TableCell align="right">Target</TableCell>
          <TableCell align="right">Actual</TableCell>
          <TableCell>Status</TableCell>
          <TableCell align="right">Deficit</TableCell>
          <TableCell>Final</TableCell>
          <TableCell>Data</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.months.map(row => {
          const { Icon, label } = STATUS[row.status];
          return (
            <TableRow key={row.month}>
              <TableCell component="th" scope="row">
                {formatMonth(row.month)}
              </TableCell>
              <TableCell align="right">
                {formatTarget(row.target_percent)}
              </TableCell>
              <TableCell align="right">
                {row.actual_percent === null
                  ? 'no traffic'
                  : formatTarget(row.actual_percent)}
              </TableCell>
              <TableCell>
                <Icon>{label}</Icon>
              </TableCell>
              <TableCell align="right">
                {row.deficit_pp > 0 ? formatPoints(row.deficit_pp) : NO_VALUE}
              </TableCell>
              <TableCell>
                {row.final ? 'Final' : 'Open: can still change'}
              </TableCell>
              <TableCell>{coverage(row)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
