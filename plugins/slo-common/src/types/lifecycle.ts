/**
 * The SLO lifecycle (FR-5) as served by `…/slos`, `…/slo-history` and the
 * decisions: SLOs, audit events and decision responses. Percentages are in
 * percent (99.95), times ISO 8601 in UTC. See docs/lifecycle.md.
 */

export type SloTier = 'conservative' | 'balanced' | 'aggressive';

export type SloSource =
  | 'recommendation_accepted'
  | 'recommendation_modified'
  | 'manual';

export type SloStatus = 'active' | 'superseded';

/** Everything the audit trail records. */
export type LifecycleAction =
  | 'accept'
  | 'modify'
  | 'reject'
  | 'auto_approve'
  | 'expire'
  | 'drift_triggered';

/** Events that change nothing but the log; activations go through `decide`. */
export type SystemAuditAction = 'expire' | 'drift_triggered';

/** Target per SLI; absent when the SLO does not cover it. */
export interface SloTargets {
  /** Percent, e.g. 99.95. */
  availability?: number;
  latency_p95_ms?: number;
  latency_p99_ms?: number;
  latency_p999_ms?: number;
}

/** What was changed against the recommended tier, per changed field. */
export interface DeltaEntry {
  /** Null when the recommendation had no value for the field. */
  recommended: number | null;
  target: number;
  /** target - recommended; null without a recommended value. */
  delta: number | null;
  unit: 'percentage_points' | 'ms' | 'days';
  /** E.g. `+0.05 pp from recommended 99.9`. */
  summary: string;
}

export type ModificationDelta = Partial<
  Record<keyof SloTargets | 'window_days', DeltaEntry>
>;

/** An SLO in responses and audit snapshots (snake_case, FR-5). */
export interface SloBody {
  slo_id: string;
  /** The entity ref, e.g. `component:default/checkout`. */
  service_id: string;
  status: SloStatus;
  targets: SloTargets;
  window_days: number;
  source: SloSource;
  recommendation_id: string | null;
  selected_tier: SloTier | null;
  modification_delta: ModificationDelta | null;
  rationale: string | null;
  activated_at: string;
  activated_by: string;
  superseded_at: string | null;
}

/** The response to an accept or modify: the SLO it activated. @public */
export interface ActivationResponse extends SloBody {
  action: 'accept' | 'modify' | 'auto_approve';
  audit_event_id: string;
}

/** The response to a reject: the decision and the unchanged active SLO. @public */
export interface RejectionResponse {
  action: 'reject';
  recommendation_id: string;
  recommendation_status: 'rejected';
  service_id: string;
  rationale: string | null;
  decided_at: string;
  decided_by: string;
  audit_event_id: string;
  active_slo: SloBody | null;
}

/** One audit trail event of `GET …/slo-history`. @public */
export interface AuditEventBody {
  id: string;
  service_id: string;
  action: LifecycleAction;
  actor: string;
  recommendation_id: string | null;
  slo_id: string | null;
  previous_slo: SloBody | null;
  new_slo: SloBody | null;
  selected_tier: SloTier | null;
  rationale: string | null;
  modification_delta: ModificationDelta | null;
  timestamp: string;
}

/** A page of the audit trail, newest first. @public */
export interface SloHistoryResponse {
  items: AuditEventBody[];
  /** Pass back as `cursor` for the next (older) page. */
  next_cursor?: string;
}
