import type {
  DashboardBreachCounts,
  DashboardDecisionCounts,
  DashboardDecisionTier,
  DashboardQualityGroup,
  DashboardRecommendationQualityResponse,
} from '@slo-engine/plugin-slo-common';
import { groupByRef } from './groupByRef';
import type { DashboardEntity, DecisionSum, WindowTally } from './types';

const TIERS: DashboardDecisionTier[] = [
  'conservative',
  'balanced',
  'aggressive',
  'none',
];

const share = (part: number, whole: number) =>
  whole === 0 ? null : part / whole;

function decisionCounts(sums: DecisionSum[]): DashboardDecisionCounts {
  const n = (action: DecisionSum['action']) =>
    sums
      .filter(s => s.action === action)
      .reduce((sum, s) => sum + s.decisions, 0);
  const [accept, modify, reject] = [n('accept'), n('modify'), n('reject')];
  const human = accept + modify + reject;
  return {
    accept,
    modify,
    reject,
    auto_approve: n('auto_approve'),
    human_decisions: human,
    accept_rate: share(accept, human),
    modify_rate: share(modify, human),
    reject_rate: share(reject, human),
  };
}

function breachCounts(tallies: WindowTally[]): DashboardBreachCounts {
  const sum = (k: keyof WindowTally) =>
    tallies.reduce((total, t) => total + t[k], 0);
  const completed = sum('completed');
  const breached = sum('breached');
  return {
    completed_windows: completed,
    breached_windows: breached,
    breach_rate: share(breached, completed),
    windows_without_data: sum('withoutData'),
  };
}

/** Every tier's tallies of `entities`, or only `tier`'s. */
const tallies = (entities: DashboardEntity[], tier?: DashboardDecisionTier) =>
  entities.flatMap(e =>
    Object.entries(e.breaches)
      .filter(([t]) => tier === undefined || t === tier)
      .map(([, tally]) => tally as WindowTally),
  );

const group = (
  sums: DecisionSum[],
  entities: DashboardEntity[],
  tier?: DashboardDecisionTier,
): DashboardQualityGroup => ({
  decisions: decisionCounts(sums),
  breaches: breachCounts(tallies(entities, tier)),
});

/**
 * `GET /dashboard/recommendation-quality` from the decision sums and the
 * window tallies of the filtered entity rows. Teams appear once they have
 * a decision or a completed window; every tier always appears.
 */
export function toRecommendationQuality(
  sums: DecisionSum[],
  entities: DashboardEntity[],
  computedAt: Date | undefined,
  since: string | undefined,
): DashboardRecommendationQualityResponse {
  const judged = entities.filter(e => tallies([e]).length > 0);
  const owners = groupByRef<{ owner?: string }>(
    [...sums, ...judged],
    x => x.owner,
  ).map(([owner]) => owner);
  return {
    computed_at: computedAt?.toISOString() ?? null,
    since: since ?? null,
    totals: group(sums, entities),
    by_team: owners.map(owner => ({
      owner,
      ...group(
        sums.filter(s => (s.owner ?? null) === owner),
        entities.filter(e => (e.owner ?? null) === owner),
      ),
    })),
    by_tier: TIERS.map(tier => ({
      tier,
      ...group(
        sums.filter(s => s.tier === tier),
        entities,
        tier,
      ),
    })),
  };
}
