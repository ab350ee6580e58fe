/**
 * Latency histogram helpers: the fixed bucket layout, log-normal bucket
 * probabilities and a histogram_quantile that follows Prometheus' rules.
 */

/** Finite upper bounds of `http_server_request_duration_seconds`, seconds. */
export const LATENCY_BUCKETS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/** The `le` label value of a bucket bound: shortest decimal, `+Inf` last. */
export function formatLe(bound: number): string {
  if (bound === Infinity) return '+Inf';
  return String(bound);
}

/** `le` label values of LATENCY_BUCKETS plus `+Inf`, in order. */
export const LATENCY_LE: readonly string[] = [
  ...LATENCY_BUCKETS.map(formatLe),
  '+Inf',
];

/** Error function, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7). */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly =
    t *
    (0.254829592 +
      t *
        (-0.284496736 +
          t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-a * a));
}

/** Standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/** P(X <= x) for a log-normal latency with the given median and sigma. */
export function logNormalCdf(x: number, median: number, sigma: number): number {
  if (x <= 0) return 0;
  return normalCdf(Math.log(x / median) / sigma);
}

/**
 * Probability of each (non-cumulative) bucket: one entry per finite bound
 * (the interval (previous bound, bound]) plus a last entry for (10, +Inf).
 */
export function bucketProbabilities(
  median: number,
  sigma: number,
  out: Float64Array = new Float64Array(LATENCY_BUCKETS.length + 1),
): Float64Array {
  let previous = 0;
  for (let i = 0; i < LATENCY_BUCKETS.length; i++) {
    const cdf = logNormalCdf(LATENCY_BUCKETS[i], median, sigma);
    out[i] = Math.max(0, cdf - previous);
    previous = cdf;
  }
  out[LATENCY_BUCKETS.length] = Math.max(0, 1 - previous);
  return out;
}

/** Mean of a log-normal distribution with the given median and sigma. */
export function logNormalMean(median: number, sigma: number): number {
  return median * Math.exp((sigma * sigma) / 2);
}

/** One cumulative bucket: observations <= upperBound. */
export interface CumulativeBucket {
  upperBound: number;
  count: number;
}

/**
 * The quantile q of cumulative buckets, computed like PromQL's
 * histogram_quantile (Prometheus 2.x bucketQuantile): linear interpolation
 * inside the bucket holding the rank, the lowest bucket starting at 0, and
 * the last finite bound returned when the rank falls in `+Inf`.
 * Returns NaN without a `+Inf` bucket or without observations.
 */
export function histogramQuantile(
  q: number,
  buckets: readonly CumulativeBucket[],
): number {
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const sorted = [...buckets].sort((a, b) => a.upperBound - b.upperBound);
  if (sorted.length < 2 || sorted[sorted.length - 1].upperBound !== Infinity) {
    return NaN;
  }
  const total = sorted[sorted.length - 1].count;
  if (!(total > 0)) return NaN;
  let rank = q * total;
  let b = sorted.length - 1;
  for (let i = 0; i < sorted.length - 1; i++) {
    if (sorted[i].count >= rank) {
      b = i;
      break;
    }
  }
  if (b === sorted.length - 1) return sorted[sorted.length - 2].upperBound;
  if (b === 0 && sorted[0].upperBound <= 0) return sorted[0].upperBound;
  const start = b === 0 ? 0 : sorted[b - 1].upperBound;
  let count = sorted[b].count;
  if (b > 0) {
    count -= sorted[b - 1].count;
    rank -= sorted[b - 1].count;
  }
  return start + (sorted[b].upperBound - start) * (rank / count);
}
