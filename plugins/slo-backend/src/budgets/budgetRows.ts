import type { SliKey } from '../alerts/specs/types';
import type { BudgetHour, ErrorBudgetSnapshot, PairBurnRate } from './types';

export const BUDGETS = 'slo_error_budgets';
export const HISTORY = 'slo_error_budget_history';

type DbTime = Date | string | number;

export interface RawBudgetRow {
  entity_ref: string;
  sli: string;
  slo_id: string;
  owner: string | null;
  system: string | null;
  objective: number;
  window_days: number;
  status: ErrorBudgetSnapshot['status'];
  total_events: number | null;
  allowed_events: number | null;
  consumed_events: number | null;
  remaining_events: number | null;
  allowed_minutes: number;
  consumed_minutes: number | null;
  remaining_minutes: number | null;
  consumed_share: number | null;
  projection_burn_rate: number | null;
  projected_exhaustion: DbTime | null;
  burn_rates: string;
  note: string | null;
  computed_at: DbTime;
}

export interface RawHistoryRow {
  entity_ref: string;
  sli: string;
  hour_start: DbTime;
  slo_id: string;
  consumed_share: number | null;
  hour_total_events: number | null;
  hour_bad_events: number | null;
  recorded_at: DbTime;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
// pg returns doubles as numbers, but be strict about what comes back.
const opt = (v: number | string | null) => (v === null ? undefined : Number(v));

export function budgetToRow(s: ErrorBudgetSnapshot): RawBudgetRow {
  return {
    entity_ref: s.entityRef,
    sli: s.sli,
    slo_id: s.sloId,
    owner: orNull(s.owner),
    system: orNull(s.system),
    objective: s.objective,
    window_days: s.windowDays,
    status: s.status,
    total_events: orNull(s.totalEvents),
    allowed_events: orNull(s.allowedEvents),
    consumed_events: orNull(s.consumedEvents),
    remaining_events: orNull(s.remainingEvents),
    allowed_minutes: s.allowedMinutes,
    consumed_minutes: orNull(s.consumedMinutes),
    remaining_minutes: orNull(s.remainingMinutes),
    consumed_share: orNull(s.consumedShare),
    projection_burn_rate: orNull(s.projectionBurnRate),
    projected_exhaustion: orNull(s.exhaustsAt),
    burn_rates: JSON.stringify(s.burnRates),
    note: orNull(s.note),
    computed_at: s.computedAt,
  };
}

export function budgetFromRow(r: RawBudgetRow): ErrorBudgetSnapshot {
  const snapshot: ErrorBudgetSnapshot = {
    entityRef: r.entity_ref,
    sloId: r.slo_id,
    sli: r.sli as SliKey,
    objective: Number(r.objective),
    windowDays: Number(r.window_days),
    totalEvents: opt(r.total_events),
    allowedEvents: opt(r.allowed_events),
    consumedEvents: opt(r.consumed_events),
    remainingEvents: opt(r.remaining_events),
    allowedMinutes: Number(r.allowed_minutes),
    consumedMinutes: opt(r.consumed_minutes),
    remainingMinutes: opt(r.remaining_minutes),
    consumedShare: opt(r.consumed_share),
    burnRates: JSON.parse(r.burn_rates) as PairBurnRate[],
    projectionBurnRate: opt(r.projection_burn_rate),
    status: r.status,
    computedAt: new Date(r.computed_at),
  };
  if (r.owner !== null) snapshot.owner = r.owner;
  if (r.system !== null) snapshot.system = r.system;
  if (r.projected_exhaustion !== null) {
    snapshot.exhaustsAt = new Date(r.projected_exhaustion);
  }
  if (r.note !== null) snapshot.note = r.note;
  return dropUndefined(snapshot);
}

function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) {
    if (o[k] === undefined) delete o[k];
  }
  return o;
}

export function hourFromRow(r: RawHistoryRow): BudgetHour {
  return dropUndefined({
    entityRef: r.entity_ref,
    sli: r.sli as SliKey,
    sloId: r.slo_id,
    hourStart: new Date(r.hour_start),
    consumedShare: opt(r.consumed_share),
    hourTotalEvents: opt(r.hour_total_events),
    hourBadEvents: opt(r.hour_bad_events),
  });
}
