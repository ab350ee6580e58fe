import type {
  ErrorBudgetBurnDownPoint,
  ErrorBudgetBurnDownResponse,
  ErrorBudgetBurnDownSli,
} from '@slo-engine/plugin-slo-common';
import type { SliKey } from '../alerts/specs/types';
import type { BudgetHour } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface BurnDownInput {
  entityRef: string;
  sloId: string;
  windowDays: number;
  now: Date;
  slis: Array<{ sli: SliKey; objective: number }>;
  /** History rows of this SLO; rows outside the window are ignored. */
  hours: BudgetHour[];
}

/** The complete hours of the current window: [first, last] hour starts. */
export function burnDownHours(windowDays: number, now: Date) {
  const windowStart = now.getTime() - windowDays * DAY_MS;
  return {
    windowStart,
    first: Math.ceil(windowStart / HOUR_MS) * HOUR_MS,
    /** Start of the current, unfinished hour (excluded). */
    end: Math.floor(now.getTime() / HOUR_MS) * HOUR_MS,
  };
}

function sliBurnDown(
  sli: { sli: SliKey; objective: number },
  rows: Map<number, BudgetHour>,
  range: ReturnType<typeof burnDownHours>,
  windowMs: number,
): ErrorBudgetBurnDownSli {
  let total = 0;
  let bad = 0;
  let recorded = 0;
  for (let h = range.first; h < range.end; h += HOUR_MS) {
    const row = rows.get(h);
    if (row?.hourTotalEvents === undefined) continue;
    total += row.hourTotalEvents;
    bad += row.hourBadEvents ?? 0;
    recorded++;
  }
  // Same rounding as errorBudgetState: 1 − 0.99 is not 0.01 in binary.
  const allowed = Number((1 - sli.objective).toPrecision(12)) * total;
  const points: ErrorBudgetBurnDownPoint[] = [];
  let running = 0;
  for (let h = range.first; h < range.end; h += HOUR_MS) {
    const row = rows.get(h);
    const at = h + HOUR_MS;
    let cumulative: number | null = null;
    if (row?.hourTotalEvents !== undefined) {
      running += row.hourBadEvents ?? 0;
      cumulative = allowed > 0 ? running / allowed : 0;
    }
    points.push({
      hour_start: new Date(h).toISOString(),
      at: new Date(at).toISOString(),
      ideal_consumed_share: (at - range.windowStart) / windowMs,
      cumulative_consumed_share: cumulative,
      rolling_consumed_share: row?.consumedShare ?? null,
    });
  }
  return {
    sli: sli.sli,
    objective: sli.objective,
    points,
    total_events: total,
    bad_events: bad,
    coverage: { hours: points.length, hours_with_counts: recorded },
  };
}

/**
 * Burn-down of the current SLO window (the last `windowDays` up to now),
 * one point per complete hour: the budget consumed since the window
 * started (from the hourly counts), the rolling consumed share the job
 * recorded, and the ideal line, the budget spent evenly over the window.
 * The budget is that of the recorded hours, so gaps shrink both sides.
 */
export function buildBurnDown(
  input: BurnDownInput,
): ErrorBudgetBurnDownResponse {
  const range = burnDownHours(input.windowDays, input.now);
  const windowMs = input.windowDays * DAY_MS;
  return {
    entity_ref: input.entityRef,
    slo_id: input.sloId,
    window_days: input.windowDays,
    window_start: new Date(range.windowStart).toISOString(),
    window_end: input.now.toISOString(),
    slis: input.slis.map(sli => {
      const rows = new Map<number, BudgetHour>();
      for (const h of input.hours) {
        if (h.sli === sli.sli && h.sloId === input.sloId) {
          rows.set(h.hourStart.getTime(), h);
        }
      }
      return sliBurnDown(sli, rows, range, windowMs);
    }),
  };
}
