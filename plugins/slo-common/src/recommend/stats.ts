/**
 * Small statistics helpers shared by the recommendation modules.
 */

/**
 * Quantile of ascending-sorted values with linear interpolation between
 * order statistics (Hyndman & Fan type 7, the default of R and NumPy).
 * @public
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} not in [0, 1]`);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Ascending copy. */
export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * Posterior mean of a rate under the Jeffreys prior Beta(½, ½) after `k`
 * events in `m` trials: `(k + ½) / (m + 1)`. Never 0 or 1; 0.5 for no data.
 * @public
 */
export function jeffreysRate(k: number, m: number): number {
  return (k + 0.5) / (m + 1);
}
