/**
 * Rounding recommendations to targets people actually pick: availability
 * down a ladder of familiar values, latency up to round milliseconds.
 */

/** Availability targets people pick, as ratios, ascending. @public */
export const AVAILABILITY_LADDER: readonly number[] = [
  0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99995, 0.99999,
];

const EPSILON = 1e-12;

/**
 * Largest ladder value at or below `ratio`. Below 90% the target is the
 * whole percent below (at least 1%).
 * @public
 */
export function roundAvailabilityDown(ratio: number): number {
  if (!(ratio > 0 && ratio <= 1)) {
    throw new RangeError(`availability must be in (0, 1], got ${ratio}`);
  }
  for (let i = AVAILABILITY_LADDER.length - 1; i >= 0; i--) {
    if (ratio + EPSILON >= AVAILABILITY_LADDER[i])
      return AVAILABILITY_LADDER[i];
  }
  return Math.max(1, Math.floor(ratio * 100 + 1e-9)) / 100;
}

/**
 * The ladder value one step below `target` (90% steps to 89%).
 * @public
 */
export function availabilityStepDown(target: number): number {
  const i = AVAILABILITY_LADDER.findIndex(r => r >= target - EPSILON);
  if (i > 0) return AVAILABILITY_LADDER[i - 1];
  return Math.max(0.01, roundAvailabilityDown(target) - 0.01);
}

/**
 * The ladder value one step above `target` (the top of the ladder stays).
 * @public
 */
export function availabilityStepUp(target: number): number {
  const next = AVAILABILITY_LADDER.find(r => r > target + EPSILON);
  return next ?? AVAILABILITY_LADDER[AVAILABILITY_LADDER.length - 1];
}

const SMALL_MS = [1, 2, 5, 10, 20, 25, 50, 75];
const MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 7.5];

/**
 * Human latency values in ms, ascending: 1, 2, 5, 10, 20, 25, 50, 75, then
 * 1, 1.5, 2, 2.5, 3, 4, 5 and 7.5 times each power of ten from 100.
 * @public
 */
export function latencyLadder(maxMs: number): number[] {
  const out = [...SMALL_MS];
  for (let scale = 100; out[out.length - 1] < maxMs; scale *= 10) {
    out.push(...MANTISSAS.map(m => m * scale));
  }
  return out;
}

/**
 * Smallest human latency at or above `ms`.
 * @public
 */
export function roundLatencyUp(ms: number): number {
  if (!(ms > 0 && Number.isFinite(ms))) {
    throw new RangeError(`latency must be positive, got ${ms}`);
  }
  return latencyLadder(ms).find(v => v >= ms - 1e-9)!;
}

/**
 * The human latency one step above `ms`.
 * @public
 */
export function latencyStepUp(ms: number): number {
  return latencyLadder(ms * 2).find(v => v > ms + 1e-9)!;
}

/**
 * The human latency one step below `ms` (1 ms stays).
 * @public
 */
export function latencyStepDown(ms: number): number {
  const below = latencyLadder(ms).filter(v => v < ms - 1e-9);
  return below.length > 0 ? below[below.length - 1] : 1;
}
