import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import {
  DashboardCoverageCounts,
  DashboardCoverageResponse,
  DashboardCriticality,
} from '@slo-engine/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { DocsHint, formatPercent, oneOrMany, SloSection } from '../shared';
import { CoverageTable } from './CoverageTable';
import { FilterLink } from './FilterLink';
import { FleetFilterValues, toSloFleetFilter } from './fleetFilter';
import { computedAt, noMatch, NOT_COMPUTED_YET } from './overviewEmptyStates';

const CRITICALITY_LABELS: Record<DashboardCriticality, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unspecified: 'Not annotated',
};

function CoverageSummary(props: { totals: DashboardCoverageCounts }) {
  const t = props.totals;
  return (
    <Typography variant="body1" paragraph>
      <strong>
        {t.active_slo} of {t.entities}{' '}
        {oneOrMany(t.entities, 'entity', 'entities')}
      </strong>{' '}
      {oneOrMany(t.active_slo, 'has', 'have')} an active SLO (
      {formatPercent(t.coverage_ratio, 0)}). {t.awaiting_decision}{' '}
      {oneOrMany(
        t.awaiting_decision,
        "awaits its owner's decision",
        "await their owners' decisions",
      )}{' '}
      and {t.without_slo} {oneOrMany(t.without_slo, 'has', 'have')} none.
      {t.no_telemetry > 0 && (
        <>
          {' '}
          {t.no_telemetry}{' '}
          {oneOrMany(
            t.no_telemetry,
            'reports no telemetry: it needs',
            'report no telemetry: they need',
          )}{' '}
          the telemetry annotations, see <DocsHint page="annotations.md" />.
        </>
      )}
    </Typography>
  );
}

/** Which entities have an SLO, by team, criticality and system. */
export function CoveragePanel(props: { filter: FleetFilterValues }) {
  const { team, system } = props.filter;
  const sloApi = useApi(sloApiRef);
  const state = useAsyncRetry(
    () => sloApi.getCoverage(toSloFleetFilter({ team, system })),
    [sloApi, team, system],
  );

  return (
    <SloSection<DashboardCoverageResponse>
      title="SLO coverage"
      subheader={computedAt(state.value?.computed_at)}
      what="the SLO coverage"
      state={state}
      empty={value => {
        if (!value?.computed_at) return NOT_COMPUTED_YET;
        if (value.totals.entities > 0) return undefined;
        if (team || system) return noMatch('entities', { team, system });
        return {
          title: 'The SLO engine knows no components or resources yet',
          description: (
            <>
              It copies the catalog's components and resources on a schedule (
              <code>slo.schedule.catalogSync</code>). Check that the catalog has
              some and that the SLO backend logs show no catalog errors; see{' '}
              <DocsHint page="dashboard.md" />.
            </>
          ),
        };
      }}
    >
      {value => (
        <>
          <CoverageSummary totals={value.totals} />
          <CoverageTable
            title="Coverage by team"
            groupHeader="Team"
            rows={value.by_team.map(row => ({
              key: row.owner ?? '(none)',
              label: <FilterLink by="team" entityRef={row.owner} />,
              value: row,
            }))}
          />
          <CoverageTable
            title="Coverage by criticality"
            groupHeader="Criticality"
            rows={value.by_criticality.map(row => ({
              key: row.criticality,
              label: CRITICALITY_LABELS[row.criticality],
              value: row,
            }))}
          />
          <CoverageTable
            title="Coverage by system"
            groupHeader="System"
            rows={value.by_system.map(row => ({
              key: row.system ?? '(none)',
              label: <FilterLink by="system" entityRef={row.system} />,
              value: row,
            }))}
          />
        </>
      )}
    </SloSection>
  );
}
