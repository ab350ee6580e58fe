import type {
  DashboardCriticality,
  DashboardDecisionTier,
  ErrorBudgetStatus,
} from '@slo-engine/plugin-slo-common';
import type {
  BudgetFigure,
  CoverageState,
  DashboardEntity,
  DecisionAction,
  DecisionTally,
  JudgedWindow,
} from './types';

export const ENTITIES = 'slo_dashboard_entities';
export const DECISIONS = 'slo_dashboard_decisions';
export const WINDOWS = 'slo_dashboard_windows';
export const REFRESH = 'slo_dashboard_refresh';

type DbTime = Date | string | number;
// PostgreSQL returns some numerics as strings; SQLite booleans as 0/1.
type DbNumber = number | string;

export interface RawEntityRow {
  entity_ref: string;
  owner: string | null;
  system: string | null;
  criticality: DashboardCriticality;
  coverage: CoverageState;
  telemetry_ok: boolean | number;
  active_slo_id: string | null;
  budgets: string;
  breaches: string;
  computed_at: DbTime;
}

export interface RawDecisionRow {
  entity_ref: string;
  day: string;
  action: DecisionAction;
  tier: DashboardDecisionTier;
  decisions: DbNumber;
}

export interface RawWindowRow {
  slo_id: string;
  window_index: DbNumber;
  entity_ref: string;
  tier: DashboardDecisionTier;
  window_start: DbTime;
  window_end: DbTime;
  good: DbNumber;
  total: DbNumber;
  target: DbNumber;
  breached: boolean | number | null;
  computed_at: DbTime;
}

/** The JSON form of a budget figure: nulls, ISO times. */
interface StoredBudget {
  slo_id: string;
  sli: string;
  consumed_share: number | null;
  remaining_minutes: number | null;
  status: ErrorBudgetStatus;
  projected_exhaustion: string | null;
}

const toStoredBudget = (b: BudgetFigure): StoredBudget => ({
  slo_id: b.sloId,
  sli: b.sli,
  consumed_share: b.consumedShare ?? null,
  remaining_minutes: b.remainingMinutes ?? null,
  status: b.status,
  projected_exhaustion: b.exhaustsAt?.toISOString() ?? null,
});

function fromStoredBudget(s: StoredBudget): BudgetFigure {
  const figure: BudgetFigure = {
    sloId: s.slo_id,
    sli: s.sli,
    status: s.status,
  };
  if (s.consumed_share !== null) figure.consumedShare = s.consumed_share;
  if (s.remaining_minutes !== null)
    figure.remainingMinutes = s.remaining_minutes;
  if (s.projected_exhaustion !== null) {
    figure.exhaustsAt = new Date(s.projected_exhaustion);
  }
  return figure;
}

export function entityToRow(e: DashboardEntity, at: Date): RawEntityRow {
  return {
    entity_ref: e.entityRef,
    owner: e.owner ?? null,
    system: e.system ?? null,
    criticality: e.criticality,
    coverage: e.coverage,
    telemetry_ok: e.telemetryOk,
    active_slo_id: e.activeSloId ?? null,
    budgets: JSON.stringify(e.budgets.map(toStoredBudget)),
    breaches: JSON.stringify(e.breaches),
    computed_at: at,
  };
}

export function entityFromRow(r: RawEntityRow): DashboardEntity {
  const entity: DashboardEntity = {
    entityRef: r.entity_ref,
    criticality: r.criticality,
    coverage: r.coverage,
    telemetryOk: Boolean(r.telemetry_ok),
    budgets: (JSON.parse(r.budgets) as StoredBudget[]).map(fromStoredBudget),
    breaches: JSON.parse(r.breaches),
  };
  if (r.owner !== null) entity.owner = r.owner;
  if (r.system !== null) entity.system = r.system;
  if (r.active_slo_id !== null) entity.activeSloId = r.active_slo_id;
  return entity;
}

export const decisionToRow = (d: DecisionTally): RawDecisionRow => ({
  entity_ref: d.entityRef,
  day: d.day,
  action: d.action,
  tier: d.tier,
  decisions: d.decisions,
});

export function windowToRow(w: JudgedWindow): RawWindowRow {
  return {
    slo_id: w.sloId,
    window_index: w.index,
    entity_ref: w.entityRef,
    tier: w.tier,
    window_start: w.start,
    window_end: w.end,
    good: w.good,
    total: w.total,
    target: w.target,
    breached: w.breached ?? null,
    computed_at: w.computedAt,
  };
}

export function windowFromRow(r: RawWindowRow): JudgedWindow {
  const w: JudgedWindow = {
    sloId: r.slo_id,
    index: Number(r.window_index),
    entityRef: r.entity_ref,
    tier: r.tier,
    start: new Date(r.window_start),
    end: new Date(r.window_end),
    good: Number(r.good),
    total: Number(r.total),
    target: Number(r.target),
    computedAt: new Date(r.computed_at),
  };
  if (r.breached !== null) w.breached = Boolean(r.breached);
  return w;
}
