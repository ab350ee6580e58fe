import {
  burnRateWindowPairs,
  BurnRateWindowPair,
  formatPromDuration,
} from '@slo-engine/plugin-slo-common';

/**
 * The window whose burn rate projects exhaustion. A whole day averages
 * over the daily traffic cycle, so the projection does not swing between
 * peak and night; shorter pair windows are for paging, not forecasting.
 */
export const PROJECTION_WINDOW = '1d';
const DAY_SECONDS = 86_400;

export interface BudgetWindows {
  /** The SLO window, e.g. `30d`. */
  slo: string;
  pairs: BurnRateWindowPair[];
  /** Every window to query, SLO window first, without duplicates. */
  all: string[];
  /** Length of each window of `all`, in seconds. */
  seconds: Map<string, number>;
}

/** The windows an SLI's budget is computed over. */
export function budgetWindows(
  windowDays: number,
  objective: number,
): BudgetWindows {
  const { pairs } = burnRateWindowPairs(windowDays, objective);
  const seconds = new Map<string, number>();
  const slo = formatPromDuration(windowDays * DAY_SECONDS);
  seconds.set(slo, windowDays * DAY_SECONDS);
  for (const p of pairs) {
    seconds.set(p.long, p.longSeconds);
    seconds.set(p.short, p.shortSeconds);
  }
  if (!seconds.has(PROJECTION_WINDOW)) {
    seconds.set(PROJECTION_WINDOW, DAY_SECONDS);
  }
  return { slo, pairs, all: [...seconds.keys()], seconds };
}

/** `1h/5m`: how responses key the burn rates of a pair. */
export const pairKey = (p: { long: string; short: string }) =>
  `${p.long}/${p.short}`;
