import {
  DashboardCoverageCounts,
  DashboardCoverageResponse,
  DashboardQualityGroup,
  DashboardRecommendationQualityResponse,
} from '@slo-engine/plugin-slo-common';

/**
 * The demo catalog (examples/) after a few weeks: 12 internal entities of
 * three teams. Every breakdown adds up to the totals.
 */
const counts = (
  entities: number,
  active: number,
  awaiting: number,
  without: number,
  noTelemetry: number,
): DashboardCoverageCounts => ({
  entities,
  active_slo: active,
  awaiting_decision: awaiting,
  without_slo: without,
  no_telemetry: noTelemetry,
  coverage_ratio: entities ? active / entities : null,
});

export const COMPUTED_AT = '2026-03-01T12:00:00.000Z';

export const coverage: DashboardCoverageResponse = {
  computed_at: COMPUTED_AT,
  // 5 / 12 = 41.7 %
  totals: counts(12, 5, 4, 3, 2),
  by_team: [
    { owner: 'group:default/team-checkout', ...counts(4, 3, 1, 0, 0) },
    { owner: 'group:default/team-platform', ...counts(2, 0, 1, 1, 1) },
    { owner: 'group:default/team-storefront', ...counts(6, 2, 2, 2, 1) },
  ],
  by_system: [
    { system: 'system:default/checkout', ...counts(4, 3, 1, 0, 0) },
    { system: 'system:default/storefront', ...counts(8, 2, 3, 3, 2) },
  ],
  by_criticality: [
    { criticality: 'critical', ...counts(3, 3, 0, 0, 0) },
    { criticality: 'high', ...counts(2, 1, 1, 0, 0) },
    { criticality: 'medium', ...counts(1, 0, 1, 0, 0) },
    { criticality: 'low', ...counts(2, 1, 0, 1, 0) },
    { criticality: 'unspecified', ...counts(4, 0, 2, 2, 2) },
  ],
};

/** Before the first `slo-dashboard-refresh`: zeros and a null time. */
export const coverageBeforeRefresh: DashboardCoverageResponse = {
  computed_at: null,
  totals: counts(0, 0, 0, 0, 0),
  by_team: [],
  by_system: [],
  by_criticality: (
    ['critical', 'high', 'medium', 'low', 'unspecified'] as const
  ).map(criticality => ({ criticality, ...counts(0, 0, 0, 0, 0) })),
};

const group = (
  [accept, modify, reject, autoApprove]: number[],
  [completed, breached, withoutData]: number[],
): DashboardQualityGroup => {
  const human = accept + modify + reject;
  return {
    decisions: {
      accept,
      modify,
      reject,
      auto_approve: autoApprove,
      human_decisions: human,
      accept_rate: human ? accept / human : null,
      modify_rate: human ? modify / human : null,
      reject_rate: human ? reject / human : null,
    },
    breaches: {
      completed_windows: completed,
      breached_windows: breached,
      breach_rate: completed ? breached / completed : null,
      windows_without_data: withoutData,
    },
  };
};

/** 10 human decisions: 6 accepts (60 %), 3 modifies, 1 reject; 8 windows. */
export const recommendationQuality: DashboardRecommendationQualityResponse = {
  computed_at: COMPUTED_AT,
  since: null,
  totals: group([6, 3, 1, 2], [8, 1, 0]),
  by_team: [
    { owner: 'group:default/team-checkout', ...group([4, 1, 0, 0], [6, 1, 0]) },
    {
      owner: 'group:default/team-storefront',
      ...group([2, 2, 1, 2], [2, 0, 0]),
    },
  ],
  by_tier: [
    { tier: 'conservative', ...group([1, 0, 0, 0], [2, 0, 0]) },
    { tier: 'balanced', ...group([4, 3, 0, 2], [5, 0, 0]) },
    { tier: 'aggressive', ...group([1, 0, 0, 0], [1, 1, 0]) },
    { tier: 'none', ...group([0, 0, 1, 0], [0, 0, 0]) },
  ],
};
