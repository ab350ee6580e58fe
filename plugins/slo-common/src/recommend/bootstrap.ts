/**
 * Circular block bootstrap over days (Politis & Romano 1992): resamples
 * runs of consecutive days, so incidents that span several days stay
 * together, and wraps around the end so every day is drawn equally often.
 */

import { isDataDay, normaliseHistory } from './history';
import { DayCounts } from './rollingWindows';
import { mulberry32, randomIndex, Rng } from './rng';
import { quantileSorted, sortedCopy } from './stats';
import { DailySli } from './types';

/** Default block length in days: one week, for weekly seasonality. @public */
export const DEFAULT_BLOCK_LENGTH = 7;
/** Default number of bootstrap replicates. @public */
export const DEFAULT_REPLICATES = 1000;

/** Options of the block bootstrap. @public */
export interface BlockBootstrapOptions {
  /** Seed of the PRNG; the same seed gives the same result. */
  seed: number;
  /** Block length in days (default 7). */
  blockLength?: number;
  /** Replicates (default 1000). */
  replicates?: number;
}

/**
 * One circular block resample of `length` items: blocks of `blockLength`
 * consecutive items from uniform start points, wrapping past the end.
 * @public
 */
export function circularBlockResample<T>(
  series: readonly T[],
  length: number,
  blockLength: number,
  rng: Rng,
): T[] {
  const n = series.length;
  if (n === 0) throw new RangeError('cannot resample an empty series');
  const block = Math.max(1, Math.min(blockLength, n));
  const out: T[] = [];
  while (out.length < length) {
    const start = randomIndex(rng, n);
    for (let j = 0; j < block && out.length < length; j++) {
      out.push(series[(start + j) % n]);
    }
  }
  return out;
}

/**
 * Values of several statistics over `replicates` block resamples of
 * `length` items (default the series length); one array per statistic.
 * @public
 */
export function blockBootstrap<T>(
  series: readonly T[],
  statistics: (resample: T[]) => number[],
  options: BlockBootstrapOptions & { length?: number },
): number[][] {
  const rng = mulberry32(options.seed);
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  const blockLength = options.blockLength ?? DEFAULT_BLOCK_LENGTH;
  const length = options.length ?? series.length;
  const out: number[][] = [];
  for (let r = 0; r < replicates; r++) {
    const values = statistics(
      circularBlockResample(series, length, blockLength, rng),
    );
    values.forEach((v, i) => (out[i] ??= []).push(v));
  }
  return out;
}

/**
 * Percentile interval of bootstrap values at a confidence level.
 * @public
 */
export function percentileInterval(
  values: readonly number[],
  level = 0.95,
): [number, number] {
  const sorted = sortedCopy(values);
  const alpha = (1 - level) / 2;
  return [quantileSorted(sorted, alpha), quantileSorted(sorted, 1 - alpha)];
}

/** Availability ratio of sums of day counts; NaN without traffic. */
export function ratioOfSums(days: readonly DayCounts[]): number {
  let good = 0;
  let total = 0;
  for (const d of days) {
    good += d.good;
    total += d.total;
  }
  return total > 0 ? good / total : NaN;
}

/** Counts of the days with data, in time order (gap days dropped). */
export function dataDayCounts(history: readonly DailySli[]): DayCounts[] {
  return normaliseHistory(history)
    .filter(isDataDay)
    .map(d => ({ good: d.good, total: d.total }));
}

/** A bootstrap confidence interval of availability. @public */
export interface AvailabilityInterval {
  /** Σgood / Σtotal over the days with data. */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  dataDays: number;
}

/**
 * Percentile confidence interval (default 95%) of a history's availability
 * from a circular block bootstrap over its days with data.
 * @public
 */
export function bootstrapAvailabilityCi(
  history: readonly DailySli[],
  options: BlockBootstrapOptions & { level?: number },
): AvailabilityInterval {
  const days = dataDayCounts(history);
  if (days.length === 0) throw new RangeError('no days with data');
  const [values] = blockBootstrap(days, s => [ratioOfSums(s)], options);
  const level = options.level ?? 0.95;
  const [lower, upper] = percentileInterval(values, level);
  return {
    estimate: ratioOfSums(days),
    lower,
    upper,
    level,
    dataDays: days.length,
  };
}
