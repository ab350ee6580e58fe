import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { DashboardBudgetPair } from '@slo-engine/plugin-slo-common';
import {
  BudgetStatus,
  EntitySloLink,
  formatDateTime,
  formatMinutes,
  formatPercent,
  sliLabel,
} from '../shared';
import { FilterLink } from './FilterLink';

function runsOut(pair: DashboardBudgetPair): string {
  if (pair.projected_exhaustion)
    return formatDateTime(pair.projected_exhaustion);
  // The backend projects nothing for a spent budget: it is not "not burning".
  return pair.consumed_share >= 1 ? 'Already spent' : 'Not burning';
}

/** The entity/SLI pairs closest to running out of error budget. */
export function ClosestToExhaustionTable(props: {
  pairs: DashboardBudgetPair[];
}) {
  return (
    <Table size="small" aria-label="Closest to exhausting the error budget">
      <TableHead>
        <TableRow>
          <TableCell>Entity</TableCell>
          <TableCell>SLI</TableCell>
          <TableCell>Team</TableCell>
          <TableCell align="right">Consumed</TableCell>
          <TableCell align="right">Remaining</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Runs out</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.pairs.map(pair => (
          <TableRow key={`${pair.entity_ref} ${pair.sli}`}>
            <TableCell component="th" scope="row">
              <EntitySloLink entityRef={pair.entity_ref} />
            </TableCell>
            <TableCell>{sliLabel(pair.sli)}</TableCell>
            <TableCell>
              <FilterLink by="team" entityRef={pair.owner} />
            </TableCell>
            <TableCell align="right">
              {formatPercent(pair.consumed_share)}
            </TableCell>
            <TableCell align="right">
              {formatMinutes(pair.remaining_minutes)}
            </TableCell>
            <TableCell>
              <BudgetStatus status={pair.status} />
            </TableCell>
            <TableCell>{runsOut(pair)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
