import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { CycleAlert } from '@slo-engine/plugin-slo-common';
import { Fragment } from 'react';
import { DocsHint, EntitySloLink, formatDateTime, SloSection } from '../shared';
import { describeFleetFilter, FleetFilterValues } from './fleetFilter';
import { noMatch } from './overviewEmptyStates';
import { useOpenCycles } from './useOpenCycles';

/** `a → b → a`, each member a link to its SLOs tab. */
function CyclePath(props: { path: string[] }) {
  return (
    <>
      {props.path.map((ref, i) => (
        <Fragment key={`${i} ${ref}`}>
          {i > 0 && ' → '}
          <EntitySloLink entityRef={ref} />
        </Fragment>
      ))}
    </>
  );
}

/** Dependency cycles nobody has acknowledged yet. */
export function CyclesPanel(props: { filter: FleetFilterValues }) {
  const { team, system } = props.filter;
  const state = useOpenCycles({ team, system });

  return (
    <SloSection<CycleAlert[]>
      title="Open dependency cycles"
      subheader={
        team || system
          ? `Cycles with a member of ${describeFleetFilter({ team, system })}`
          : undefined
      }
      what="the open dependency cycles"
      state={state}
      empty={value => {
        if (value && value.length > 0) return undefined;
        if (team || system) return noMatch('open cycles', { team, system });
        return {
          title: 'No open dependency cycles',
          description: (
            <>
              Services that depend on each other in a loop make composite
              availability bounds uncertain. Cycles found in the dependency
              graph show up here until someone acknowledges them. See{' '}
              <DocsHint page="algorithms.md" />.
            </>
          ),
        };
      }}
    >
      {cycles => (
        <Table size="small" aria-label="Open dependency cycles">
          <TableHead>
            <TableRow>
              <TableCell>Cycle</TableCell>
              <TableCell align="right">Services</TableCell>
              <TableCell>Detected</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {cycles.map(cycle => (
              <TableRow key={cycle.id}>
                <TableCell component="th" scope="row">
                  <CyclePath path={cycle.path} />
                </TableCell>
                <TableCell align="right">{cycle.members.length}</TableCell>
                <TableCell>{formatDateTime(cycle.detectedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </SloSection>
  );
}
