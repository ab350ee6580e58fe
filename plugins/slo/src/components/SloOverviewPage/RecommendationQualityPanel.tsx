import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import {
  DashboardDecisionTier,
  DashboardQualityGroup,
  DashboardRecommendationQualityResponse,
} from '@slo-engine/plugin-slo-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sloApiRef } from '../../api';
import { DocsHint, formatPercent, SloSection } from '../shared';
import { FilterLink } from './FilterLink';
import { FleetFilterValues, toSloFleetFilter } from './fleetFilter';
import { computedAt, noMatch, NOT_COMPUTED_YET } from './overviewEmptyStates';
import { QualityTable } from './QualityTable';

const TIER_LABELS: Record<DashboardDecisionTier, string> = {
  conservative: 'Conservative',
  balanced: 'Balanced',
  aggressive: 'Aggressive',
  none: 'No tier (rejected)',
};

function isEmpty(group: DashboardQualityGroup): boolean {
  return (
    group.decisions.human_decisions === 0 &&
    group.decisions.auto_approve === 0 &&
    group.breaches.completed_windows === 0 &&
    group.breaches.windows_without_data === 0
  );
}

/** The totals in two sentences: decisions, then breached windows. */
function describeQuality(totals: DashboardQualityGroup): string {
  const { decisions: d, breaches: b } = totals;
  const decided =
    d.human_decisions > 0
      ? `Owners accepted ${formatPercent(
          d.accept_rate,
          0,
        )}, modified ${formatPercent(
          d.modify_rate,
          0,
        )} and rejected ${formatPercent(d.reject_rate, 0)} of ${
          d.human_decisions
        } recommendations; rules auto-approved ${d.auto_approve} more.`
      : `No owner has decided on a recommendation yet; rules auto-approved ${d.auto_approve}.`;
  const breached =
    b.completed_windows > 0
      ? `${b.breached_windows} of ${
          b.completed_windows
        } completed SLO windows breached their availability target (${formatPercent(
          b.breach_rate,
          0,
        )}).`
      : 'No SLO window of an accepted recommendation has completed yet.';
  return `${decided} ${breached}`;
}

/** How often recommendations are accepted, and how often they breach. */
export function RecommendationQualityPanel(props: {
  filter: FleetFilterValues;
}) {
  const { team, system } = props.filter;
  const sloApi = useApi(sloApiRef);
  const state = useAsyncRetry(
    () => sloApi.getRecommendationQuality(toSloFleetFilter({ team, system })),
    [sloApi, team, system],
  );

  return (
    <SloSection<DashboardRecommendationQualityResponse>
      title="Recommendation quality"
      subheader={computedAt(state.value?.computed_at)}
      what="the recommendation quality"
      state={state}
      empty={value => {
        if (!value?.computed_at) return NOT_COMPUTED_YET;
        if (!isEmpty(value.totals)) return undefined;
        if (team || system) return noMatch('decisions', { team, system });
        return {
          title: 'No decision on a recommendation yet',
          description: (
            <>
              Owners accept, modify or reject recommendations on each entity's
              SLOs tab; their decisions, and later the windows their targets
              breached, show up here. See{' '}
              <DocsHint page="dashboard.md" anchor="recommendation-quality" />.
            </>
          ),
        };
      }}
    >
      {value => (
        <>
          <Typography variant="body1" paragraph>
            {describeQuality(value.totals)}
          </Typography>
          <QualityTable
            title="Decisions by tier"
            groupHeader="Tier"
            rows={value.by_tier.map(row => ({
              key: row.tier,
              label: TIER_LABELS[row.tier],
              value: row,
            }))}
          />
          <QualityTable
            title="Decisions by team"
            groupHeader="Team"
            rows={value.by_team.map(row => ({
              key: row.owner ?? '(none)',
              label: <FilterLink by="team" entityRef={row.owner} />,
              value: row,
            }))}
          />
        </>
      )}
    </SloSection>
  );
}
