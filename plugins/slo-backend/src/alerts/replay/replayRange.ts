/** Prometheus refuses range queries of more than 11,000 points per series. */
export const MAX_POINTS = 11_000;

const MINUTE = 60;

/** The evaluation grid shared by every query of one replay (unix seconds). */
export interface ReplayRange {
  from: number;
  to: number;
  stepSeconds: number;
}

/** Points of a range query from `start` to `end`, both included. */
export function pointCount(start: number, end: number, step: number): number {
  return Math.floor((end - start) / step) + 1;
}

/**
 * How far before `from` a pair's query starts, so that an alert already
 * pending at `from` is seen becoming pending and can fire at `from`.
 */
export function warmUpSeconds(forSeconds: number, step: number): number {
  return Math.ceil(forSeconds / step) * step;
}

/**
 * The replay grid: the finest whole-minute step (at least the rules' 1m
 * evaluation interval) at which the longest query, lookback plus the
 * largest warm-up, stays within MAX_POINTS; `to` is `now` rounded down to
 * the step so that repeated requests within a step evaluate the same
 * instants.
 */
export function replayRange(
  lookbackDays: number,
  nowSeconds: number,
  maxForSeconds: number,
): ReplayRange {
  const lookback = lookbackDays * 86400;
  let step = Math.max(
    MINUTE,
    Math.ceil(lookback / (MAX_POINTS - 1) / MINUTE) * MINUTE,
  );
  while (
    pointCount(0, lookback + warmUpSeconds(maxForSeconds, step), step) >
    MAX_POINTS
  ) {
    step += MINUTE;
  }
  const to = Math.floor(nowSeconds / step) * step;
  return { from: to - lookback, to, stepSeconds: step };
}
