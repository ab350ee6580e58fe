/**
 * Availability of every rolling window of N calendar days, computed as a
 * ratio of sums (Σgood / Σtotal), never as a mean of daily ratios.
 */

import { isDataDay, normaliseHistory } from './history';
import { DailySli } from './types';

/** Default SLO window, in days. @public */
export const DEFAULT_WINDOW_DAYS = 30;

/** Share of a window's days that must carry data for it to count. @public */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** One rolling window of a history. @public */
export interface RollingWindow {
  start: string;
  end: string;
  good: number;
  total: number;
  /** Days of the window with data (gap days are skipped). */
  dataDays: number;
  availability: number;
}

/** Options of `rollingWindows`. @public */
export interface RollingWindowOptions {
  /** Window length in calendar days (default 30; 28 is also common). */
  windowDays?: number;
  /** Minimum share of days with data (default 0.5). */
  minCoverage?: number;
}

/** Good and total counts of one day; gap days count as 0/0. */
export interface DayCounts {
  good: number;
  total: number;
}

/**
 * Rolling ratios of sums over consecutive runs of `windowDays` entries of
 * `series`, keeping windows with at least `minDataDays` entries of traffic.
 * Returns the window start indices and ratios (weighted means when `good`
 * holds weighted values).
 */
export function rollingRatios(
  series: readonly DayCounts[],
  windowDays: number,
  minDataDays: number,
): { starts: number[]; ratios: number[] } {
  const starts: number[] = [];
  const ratios: number[] = [];
  let good = 0;
  let total = 0;
  let dataDays = 0;
  for (let i = 0; i < series.length; i++) {
    good += series[i].good;
    total += series[i].total;
    if (series[i].total > 0) dataDays++;
    const out = i - windowDays;
    if (out >= 0) {
      good -= series[out].good;
      total -= series[out].total;
      if (series[out].total > 0) dataDays--;
    }
    if (i >= windowDays - 1 && dataDays >= minDataDays && total > 0) {
      starts.push(i - windowDays + 1);
      ratios.push(good / total);
    }
  }
  return { starts, ratios };
}

/** Counts of each day of a normalised history, with gaps as 0/0. */
export function dayCounts(history: readonly DailySli[]): DayCounts[] {
  return history.map(d =>
    isDataDay(d) ? { good: d.good, total: d.total } : { good: 0, total: 0 },
  );
}

/**
 * Every rolling window of `windowDays` calendar days (stepping one day)
 * that has data on at least `minCoverage` of its days. Gap days add
 * nothing to either sum.
 * @public
 */
export function rollingWindows(
  history: readonly DailySli[],
  options: RollingWindowOptions = {},
): RollingWindow[] {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  if (!(Number.isInteger(windowDays) && windowDays > 0)) {
    throw new RangeError(`window must be a positive whole number of days`);
  }
  const days = normaliseHistory(history);
  const counts = dayCounts(days);
  const minDataDays = Math.max(1, Math.ceil(minCoverage * windowDays));
  const { starts, ratios } = rollingRatios(counts, windowDays, minDataDays);
  return starts.map((s, k) => {
    const slice = counts.slice(s, s + windowDays);
    return {
      start: days[s].day,
      end: days[s + windowDays - 1].day,
      good: slice.reduce((sum, d) => sum + d.good, 0),
      total: slice.reduce((sum, d) => sum + d.total, 0),
      dataDays: slice.filter(d => d.total > 0).length,
      availability: Math.min(1, ratios[k]),
    };
  });
}
