/**
 * The SLO lifecycle (FR-5): decisions on recommendations, the active SLO of
 * an entity and the audit trail. Percentages are in percent (99.95).
 */

import type {
  LifecycleAction,
  ModificationDelta,
  SloBody,
  SloSource,
  SloStatus,
  SloTargets,
  SloTier,
} from '@slo-engine/plugin-slo-common';

export type {
  DeltaEntry,
  LifecycleAction,
  ModificationDelta,
  SloBody,
  SloSource,
  SloStatus,
  SloTargets,
  SloTier,
  SystemAuditAction,
} from '@slo-engine/plugin-slo-common';

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
