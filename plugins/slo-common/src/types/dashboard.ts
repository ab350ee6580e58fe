/**
 * The organisation-wide dashboard (`GET /dashboard/*`), for platform teams.
 * Figures come from one precomputed row per internal catalog entity,
 * refreshed by the scheduled task `slo-dashboard-refresh`; drift events are
 * read live. Shares and rates are ratios (0.6 is 60 %), times ISO 8601 in
 * UTC. See docs/dashboard.md.
 */

import type { EntityCriticality } from '../lifecycle/autoApprovalRule';
import type { DriftEventBody, DriftSli } from './drift';
import type { ErrorBudgetStatus } from './errorBudget';

/** Criticality annotation of an entity, `unspecified` without a valid one. @public */
export type DashboardCriticality = EntityCriticality | 'unspecified';

/** Coverage of a set of internal entities. @public */
export interface DashboardCoverageCounts {
  /** Internal components and resources. */
  entities: number;
  /** Entities with an active SLO. */
  active_slo: number;
  /** No active SLO; the latest recommendation is neither accepted nor rejected. */
  awaiting_decision: number;
  /** Neither an active SLO nor a recommendation awaiting a decision. */
  without_slo: number;
  /** Telemetry status other than `ok`, or never checked (independent of the above). */
  no_telemetry: number;
  /** `active_slo / entities`; null for no entities. */
  coverage_ratio: number | null;
}

/** Response of `GET /dashboard/coverage`. @public */
export interface DashboardCoverageResponse {
  /** End of the last refresh; null before the first one (figures empty). */
  computed_at: string | null;
  totals: DashboardCoverageCounts;
  /** Per owner (null: entities without an owner last), by ref. */
  by_team: Array<DashboardCoverageCounts & { owner: string | null }>;
  /** Per system (null: entities outside any system last), by ref. */
  by_system: Array<DashboardCoverageCounts & { system: string | null }>;
  /** Every criticality, `critical` first and `unspecified` last. */
  by_criticality: Array<
    DashboardCoverageCounts & { criticality: DashboardCriticality }
  >;
}

/** Keys of the consumed-share buckets of the budget health view. @public */
export type DashboardBudgetBucket =
  | 'lt_25'
  | '25_50'
  | '50_75'
  | '75_100'
  | 'gte_100'
  | 'no_data';

/** SLIs whose consumed share lies in `[from, to)`. @public */
export interface DashboardBudgetBucketCount {
  bucket: DashboardBudgetBucket;
  /** Null for `no_data`. */
  from: number | null;
  /** Null for the open `gte_100` bucket and for `no_data`. */
  to: number | null;
  count: number;
}

/** One entity/SLI pair close to exhausting its budget. @public */
export interface DashboardBudgetPair {
  entity_ref: string;
  owner: string | null;
  system: string | null;
  slo_id: string;
  /** `availability`, `latency_p99_ms`, … */
  sli: string;
  consumed_share: number;
  /** Negative when overspent. */
  remaining_minutes: number | null;
  status: ErrorBudgetStatus;
  /** Null when the budget is not burning. */
  projected_exhaustion: string | null;
}

/** Response of `GET /dashboard/error-budget-health`. @public */
export interface DashboardBudgetHealthResponse {
  computed_at: string | null;
  /** Entities with an active SLO, and those of them without any snapshot yet. */
  entities_with_active_slo: number;
  entities_without_snapshot: number;
  /** Budget snapshots (entity/SLI pairs) counted below. */
  slis: number;
  consumption: DashboardBudgetBucketCount[];
  by_status: Record<ErrorBudgetStatus, number>;
  /** Highest consumed share first, then earliest projected exhaustion; pairs with data only. */
  closest_to_exhaustion: DashboardBudgetPair[];
}

/** Decisions on recommendations, from the audit log. @public */
export interface DashboardDecisionCounts {
  accept: number;
  modify: number;
  reject: number;
  /** Accepts by an auto-approval rule; not part of the rates. */
  auto_approve: number;
  /** `accept + modify + reject`: the decisions people made. */
  human_decisions: number;
  /** Shares of `human_decisions`; null without any. */
  accept_rate: number | null;
  modify_rate: number | null;
  reject_rate: number | null;
}

/** Completed SLO windows of accepted recommendations (availability only). @public */
export interface DashboardBreachCounts {
  /** Completed windows with traffic. */
  completed_windows: number;
  /** Of those, windows whose achieved availability fell below the target. */
  breached_windows: number;
  /** `breached / completed`; null without a completed window. */
  breach_rate: number | null;
  /** Completed windows without any traffic in their daily aggregates (not judged). */
  windows_without_data: number;
}

/** Decision and breach figures of one group. @public */
export interface DashboardQualityGroup {
  decisions: DashboardDecisionCounts;
  breaches: DashboardBreachCounts;
}

/** Tier a decision chose; `none` for rejects that named no tier. @public */
export type DashboardDecisionTier =
  | 'conservative'
  | 'balanced'
  | 'aggressive'
  | 'none';

/** Response of `GET /dashboard/recommendation-quality`. @public */
export interface DashboardRecommendationQualityResponse {
  computed_at: string | null;
  /** The `since` day the decision counts start on; null for all time. */
  since: string | null;
  totals: DashboardQualityGroup;
  by_team: Array<DashboardQualityGroup & { owner: string | null }>;
  by_tier: Array<DashboardQualityGroup & { tier: DashboardDecisionTier }>;
}

/** Response of `GET /dashboard/drift`. @public */
export interface DashboardDriftResponse {
  /** When the events were read: they are served live, not precomputed. */
  computed_at: string;
  /** Start of the period, `days` before the request. */
  since: string;
  /** Newest first, at most `limit`. */
  events: DashboardDriftEvent[];
  /** Events of the period matching the filters, counted up to 5,000. */
  total: number;
  /** True when the period holds more events than were counted. */
  truncated: boolean;
  by_team: Array<{ owner: string | null; count: number }>;
  by_sli: Array<{ sli: DriftSli; count: number }>;
}

/** One confirmed drift event. @public */
export type DashboardDriftEvent = DriftEventBody;
