import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { AvailabilityRecommendation } from '@slo-engine/plugin-slo-common';
import { formatPp, formatTarget } from '../shared';

type Counterfactual =
  AvailabilityRecommendation['explanation']['counterfactuals'][number];

/** What the balanced target would be with one input changed. */
export function CounterfactualsTable(props: { items: Counterfactual[] }) {
  return (
    <Table size="small" aria-label="Counterfactuals">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Condition
          </TableCell>
          <TableCell component="th" scope="col">
            Balanced target
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            Change
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.items.map(item => (
          <TableRow key={item.condition}>
            <TableCell component="th" scope="row">
              {item.condition}
            </TableCell>
            <TableCell>{formatTarget(item.balanced_target)}</TableCell>
            <TableCell align="right">{formatPp(item.delta)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
