import { useApi } from '@backstage/core-plugin-api';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { DashboardDriftResponse } from '@slo-engine/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import {
  DocsHint,
  EntitySloLink,
  formatDateTime,
  SloSection,
  sliLabel,
} from '../shared';
import { FilterLink } from './FilterLink';
import { FleetFilterValues, toSloFleetFilter } from './fleetFilter';
import { noMatch } from './overviewEmptyStates';

/** A week, as the backend's default. */
const DRIFT_DAYS = 7;
const DRIFT_LIMIT = 20;

function DriftTable(props: { value: DashboardDriftResponse }) {
  return (
    <Table size="small" aria-label="Recent drift events">
      <TableHead>
        <TableRow>
          <TableCell>Entity</TableCell>
          <TableCell>SLI</TableCell>
          <TableCell>Change</TableCell>
          <TableCell>Changed at</TableCell>
          <TableCell>Team</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.value.events.map(event => (
          <TableRow key={event.id}>
            <TableCell component="th" scope="row">
              <EntitySloLink entityRef={event.entity_ref} />
            </TableCell>
            <TableCell>{sliLabel(event.sli)}</TableCell>
            <TableCell>{event.summary}</TableCell>
            <TableCell>{formatDateTime(event.changed_at)}</TableCell>
            <TableCell>
              <FilterLink by="team" entityRef={event.owner} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * SLIs whose behaviour changed lately, newest first. The backend's summary
 * names the change and the detectors that agreed on it.
 */
export function DriftPanel(props: { filter: FleetFilterValues }) {
  const { team, system } = props.filter;
  const sloApi = useApi(sloApiRef);
  const state = useAsyncRetry(
    () =>
      sloApi.getRecentDrift({
        ...toSloFleetFilter({ team, system }),
        days: DRIFT_DAYS,
        limit: DRIFT_LIMIT,
      }),
    [sloApi, team, system],
  );

  return (
    <SloSection<DashboardDriftResponse>
      title="Recent drift"
      subheader={`Last ${DRIFT_DAYS} days`}
      what="the recent drift"
      state={state}
      empty={value => {
        if (value && value.events.length > 0) return undefined;
        if (team || system) return noMatch('drift', { team, system });
        return {
          title: `No SLI drifted in the last ${DRIFT_DAYS} days`,
          description: (
            <>
              The drift detection job watches availability and p99 latency of
              every entity and confirms a change when two detectors agree. See{' '}
              <DocsHint page="drift-detection.md" />.
            </>
          ),
        };
      }}
    >
      {value => (
        <>
          <Typography variant="body1" paragraph>
            {value.total}
            {value.truncated ? '+' : ''} drift events
            {value.by_sli.length > 0 &&
              ` (${value.by_sli
                .map(
                  s =>
                    `${sliLabel(s.sli).toLocaleLowerCase('en-US')} ${s.count}`,
                )
                .join(', ')})`}
            {value.events.length < value.total &&
              `; the ${value.events.length} newest are listed`}
            .
          </Typography>
          <DriftTable value={value} />
        </>
      )}
    </SloSection>
  );
}
