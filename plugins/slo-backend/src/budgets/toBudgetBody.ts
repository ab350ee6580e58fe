import type {
  ErrorBudgetBurnRateBody,
  ErrorBudgetFleetItem,
  ErrorBudgetSliBody,
} from '@slo-engine/plugin-slo-common';
import { pairKey, PROJECTION_WINDOW } from './budgetWindows';
import type { ErrorBudgetSnapshot } from './types';

const orNull = (v: number | undefined) => (v === undefined ? null : v);

/** The snake_case body of one SLI's budget. */
export function toSliBody(s: ErrorBudgetSnapshot): ErrorBudgetSliBody {
  const burnRates: Record<string, ErrorBudgetBurnRateBody> = {};
  for (const p of s.burnRates) {
    burnRates[pairKey(p)] = {
      long_window: p.long,
      short_window: p.short,
      long: orNull(p.longRate),
      short: orNull(p.shortRate),
      long_events: orNull(p.longEvents),
      short_events: orNull(p.shortEvents),
      alert_factor: p.factor,
      severity: p.severity,
    };
  }
  return {
    sli: s.sli,
    objective: s.objective,
    window_days: s.windowDays,
    total_events: orNull(s.totalEvents),
    allowed_events: orNull(s.allowedEvents),
    consumed_events: orNull(s.consumedEvents),
    remaining_events: orNull(s.remainingEvents),
    allowed_minutes: s.allowedMinutes,
    consumed_minutes: orNull(s.consumedMinutes),
    remaining_minutes: orNull(s.remainingMinutes),
    consumed_share: orNull(s.consumedShare),
    burn_rates: burnRates,
    projection_window: PROJECTION_WINDOW,
    projection_burn_rate: orNull(s.projectionBurnRate),
    projected_exhaustion: s.exhaustsAt ? s.exhaustsAt.toISOString() : null,
    status: s.status,
    note: s.note ?? null,
    computed_at: s.computedAt.toISOString(),
  };
}

/** One row of the fleet view. */
export function toFleetItem(s: ErrorBudgetSnapshot): ErrorBudgetFleetItem {
  return {
    entity_ref: s.entityRef,
    slo_id: s.sloId,
    owner: s.owner ?? null,
    system: s.system ?? null,
    ...toSliBody(s),
  };
}
