/**
 * Puts SLI points on the scale the detectors are tuned for (values of
 * order 1, see docs/drift-detection.md "Scale the input").
 *
 * - Latency is compared in logs, so a +20% change is the same step at
 *   40 ms and at 400 ms. The scale is the robust spread of consecutive
 *   differences: a level shift inside the baseline moves one difference,
 *   not the estimate, and slow daily swings barely move it either.
 * - Availability uses the binomial standard error of each point's error
 *   ratio under the baseline ratio, so a quiet night's point (few events)
 *   weighs less than a busy hour's.
 */
import type { DriftSli } from '../types/drift';

/** One SLI value over a short interval. @public */
export interface SliDriftPoint {
  /** End of the interval, epoch milliseconds. */
  t: number;
  /** Availability as a ratio (0.999), or p99 latency in milliseconds. */
  value: number;
  /** Requests in the interval. */
  events: number;
}

/** What a point is compared against. @public */
export type SliBaseline =
  | { sli: 'latency_p99'; center: number; scale: number }
  | { sli: 'availability'; errorRatio: number };

/**
 * Smallest latency scale, in natural-log units (about 2%): a histogram
 * interpolated between the same two buckets all day can give nearly
 * constant p99s, and dividing by their tiny spread would turn a 1%
 * wobble into a many-sigma "drift".
 */
export const MIN_LOG_LATENCY_SCALE = 0.02;

// MAD → standard deviation for a normal, and √2 for a difference of two.
const MAD_TO_SD = 1.482602218505602;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median of the values, or null for none. @public */
export function medianOrNull(values: number[]): number | null {
  return values.length === 0 ? null : median(values);
}

/**
 * The baseline of a run of points (at least two). Throws RangeError for
 * fewer points or values the SLI cannot have.
 * @public
 */
export function sliBaseline(
  sli: DriftSli,
  points: readonly SliDriftPoint[],
): SliBaseline {
  if (points.length < 2) {
    throw new RangeError(
      `a baseline needs at least 2 points, got ${points.length}`,
    );
  }
  points.forEach(p => assertPoint(sli, p));
  if (sli === 'availability') {
    let events = 0;
    let errors = 0;
    for (const p of points) {
      events += p.events;
      errors += (1 - p.value) * p.events;
    }
    // A baseline without errors (or without successes) would have a zero
    // standard error: count half a request the other way instead.
    const bounded = Math.min(Math.max(errors, 0.5), events - 0.5);
    return { sli, errorRatio: bounded / events };
  }
  const logs = points.map(p => Math.log(p.value));
  const diffs = logs.slice(1).map((x, i) => Math.abs(x - logs[i]));
  const scale = (MAD_TO_SD * median(diffs)) / Math.SQRT2;
  return {
    sli,
    center: median(logs),
    scale: Math.max(scale, MIN_LOG_LATENCY_SCALE),
  };
}

/** The point in baseline units: about N(0, 1) while nothing changed. @public */
export function standardise(
  baseline: SliBaseline,
  point: SliDriftPoint,
): number {
  assertPoint(baseline.sli, point);
  if (baseline.sli === 'latency_p99') {
    return (Math.log(point.value) - baseline.center) / baseline.scale;
  }
  const p0 = baseline.errorRatio;
  const standardError = Math.sqrt((p0 * (1 - p0)) / point.events);
  return (1 - point.value - p0) / standardError;
}

function assertPoint(sli: DriftSli, p: SliDriftPoint) {
  const ok =
    Number.isFinite(p.t) &&
    Number.isFinite(p.events) &&
    p.events > 0 &&
    (sli === 'availability'
      ? p.value >= 0 && p.value <= 1
      : Number.isFinite(p.value) && p.value > 0);
  if (!ok) {
    throw new RangeError(
      `invalid ${sli} point: ${JSON.stringify(p)} (events must be > 0, ${
        sli === 'availability' ? 'value in [0, 1]' : 'value > 0 ms'
      })`,
    );
  }
}
