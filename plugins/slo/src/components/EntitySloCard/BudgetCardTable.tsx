import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { BudgetStatus, NO_VALUE } from '../shared';
import { BudgetCardRow } from './budgetCardRows';

/** Target, budget left and status per SLI of the active SLO. */
export function BudgetCardTable(props: { rows: BudgetCardRow[] }) {
  return (
    <Table size="small" aria-label="Error budget per SLI">
      <TableHead>
        <TableRow>
          <TableCell>SLI</TableCell>
          <TableCell>Target</TableCell>
          <TableCell>Budget left</TableCell>
          <TableCell>Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map(row => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {row.sli}
            </TableCell>
            <TableCell>{row.target}</TableCell>
            <TableCell>{row.remaining}</TableCell>
            <TableCell>
              {row.status ? <BudgetStatus status={row.status} /> : NO_VALUE}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
