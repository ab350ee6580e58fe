/**
 * The SLO lifecycle (FR-5): decisions on recommendations, the active SLO of
 * an entity and the audit trail. Percentages are in percent (99.95).
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

/** One row of `slos`. */
export interface StoredSlo {
  id: string;
  entityRef: string;
  status: SloStatus;
  targets: SloTargets;
  windowDays: number;
  source: SloSource;
  recommendationId?: string;
  selectedTier?: SloTier;
  modificationDelta?: ModificationDelta;
  rationale?: string;
  activatedAt: Date;
  activatedBy: string;
  supersededAt?: Date;
}

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

/** One row of `slo_audit_log`. */
export interface AuditEvent {
  id: string;
  entityRef: string;
  action: LifecycleAction;
  actor: string;
  recommendationId?: string;
  sloId?: string;
  /** Snapshots in their response form, as they were at the time. */
  previousSlo?: SloBody;
  newSlo?: SloBody;
  selectedTier?: SloTier;
  rationale?: string;
  modificationDelta?: ModificationDelta;
  occurredAt: Date;
}

/** A page of the audit trail, newest first. */
export interface AuditPage {
  items: AuditEvent[];
  /** Opaque; pass back as `cursor` for the next (older) page. */
  nextCursor?: string;
}
