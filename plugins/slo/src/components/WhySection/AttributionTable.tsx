import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { AttributionRow } from './attribution';

/** The chart's numbers: each feature's value, baseline and contribution. */
export function AttributionTable(props: { rows: AttributionRow[] }) {
  return (
    <Table size="small" aria-label="Feature attribution">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Feature
          </TableCell>
          <TableCell component="th" scope="col">
            This service
          </TableCell>
          <TableCell component="th" scope="col">
            Fleet baseline
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            Effect on balanced target
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rows.map(row => (
          <TableRow key={row.feature}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            <TableCell>{row.value}</TableCell>
            <TableCell>{row.baseline}</TableCell>
            <TableCell align="right">{row.contribution}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
