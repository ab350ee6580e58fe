import {
  AuditEvent,
  LifecycleAction,
  SloBody,
  SloSource,
  SloStatus,
  SloTier,
  StoredSlo,
} from './types';

export const SLOS = 'slos';
export const AUDIT = 'slo_audit_log';
export const RECOMMENDATIONS = 'recommendations';

type DbTime = Date | string | number;
// PostgreSQL returns bigint (seq) and some numerics as strings.
type DbNumber = number | string;

export interface RawSloRow {
  id: string;
  entity_ref: string;
  status: SloStatus;
  availability_target: DbNumber | null;
  latency_p95_target_ms: DbNumber | null;
  latency_p99_target_ms: DbNumber | null;
  latency_p999_target_ms: DbNumber | null;
  window_days: DbNumber;
  source: SloSource;
  recommendation_id: string | null;
  selected_tier: SloTier | null;
  modification_delta: string | null;
  rationale: string | null;
  activated_at: DbTime;
  activated_by: string;
  superseded_at: DbTime | null;
}

export interface RawAuditRow {
  seq: DbNumber;
  id: string;
  entity_ref: string;
  action: LifecycleAction;
  actor: string;
  recommendation_id: string | null;
  slo_id: string | null;
  previous_slo: string | null;
  new_slo: string | null;
  selected_tier: SloTier | null;
  rationale: string | null;
  modification_delta: string | null;
  occurred_at: DbTime;
}

const num = (v: DbNumber | null) => (v === null ? undefined : Number(v));
const json = <T>(v: string | null): T | undefined =>
  v === null ? undefined : JSON.parse(v);

export function sloFromRow(r: RawSloRow): StoredSlo {
  const targets: StoredSlo['targets'] = {
    availability: num(r.availability_target),
    latency_p95_ms: num(r.latency_p95_target_ms),
    latency_p99_ms: num(r.latency_p99_target_ms),
    latency_p999_ms: num(r.latency_p999_target_ms),
  };
  return {
    id: r.id,
    entityRef: r.entity_ref,
    status: r.status,
    targets: Object.fromEntries(
      Object.entries(targets).filter(([, v]) => v !== undefined),
    ),
    windowDays: Number(r.window_days),
    source: r.source,
    recommendationId: r.recommendation_id ?? undefined,
    selectedTier: r.selected_tier ?? undefined,
    modificationDelta: json(r.modification_delta),
    rationale: r.rationale ?? undefined,
    activatedAt: new Date(r.activated_at),
    activatedBy: r.activated_by,
    supersededAt:
      r.superseded_at === null ? undefined : new Date(r.superseded_at),
  };
}

export function sloToRow(s: StoredSlo): RawSloRow {
  return {
    id: s.id,
    entity_ref: s.entityRef,
    status: s.status,
    availability_target: s.targets.availability ?? null,
    latency_p95_target_ms: s.targets.latency_p95_ms ?? null,
    latency_p99_target_ms: s.targets.latency_p99_ms ?? null,
    latency_p999_target_ms: s.targets.latency_p999_ms ?? null,
    window_days: s.windowDays,
    source: s.source,
    recommendation_id: s.recommendationId ?? null,
    selected_tier: s.selectedTier ?? null,
    modification_delta: s.modificationDelta
      ? JSON.stringify(s.modificationDelta)
      : null,
    rationale: s.rationale ?? null,
    activated_at: s.activatedAt,
    activated_by: s.activatedBy,
    superseded_at: s.supersededAt ?? null,
  };
}

/** The response form of an SLO, also what audit snapshots store. */
export function toSloBody(s: StoredSlo): SloBody {
  return {
    slo_id: s.id,
    service_id: s.entityRef,
    status: s.status,
    targets: s.targets,
    window_days: s.windowDays,
    source: s.source,
    recommendation_id: s.recommendationId ?? null,
    selected_tier: s.selectedTier ?? null,
    modification_delta: s.modificationDelta ?? null,
    rationale: s.rationale ?? null,
    activated_at: s.activatedAt.toISOString(),
    activated_by: s.activatedBy,
    superseded_at: s.supersededAt?.toISOString() ?? null,
  };
}

export function auditFromRow(r: RawAuditRow): AuditEvent {
  return {
    id: r.id,
    entityRef: r.entity_ref,
    action: r.action,
    actor: r.actor,
    recommendationId: r.recommendation_id ?? undefined,
    sloId: r.slo_id ?? undefined,
    previousSlo: json(r.previous_slo),
    newSlo: json(r.new_slo),
    selectedTier: r.selected_tier ?? undefined,
    rationale: r.rationale ?? undefined,
    modificationDelta: json(r.modification_delta),
    occurredAt: new Date(r.occurred_at),
  };
}

export function auditToRow(e: AuditEvent): Omit<RawAuditRow, 'seq'> {
  return {
    id: e.id,
    entity_ref: e.entityRef,
    action: e.action,
    actor: e.actor,
    recommendation_id: e.recommendationId ?? null,
    slo_id: e.sloId ?? null,
    previous_slo: e.previousSlo ? JSON.stringify(e.previousSlo) : null,
    new_slo: e.newSlo ? JSON.stringify(e.newSlo) : null,
    selected_tier: e.selectedTier ?? null,
    rationale: e.rationale ?? null,
    modification_delta: e.modificationDelta
      ? JSON.stringify(e.modificationDelta)
      : null,
    occurred_at: e.occurredAt,
  };
}
