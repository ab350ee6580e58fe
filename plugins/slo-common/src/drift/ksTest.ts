/**
 * Two-sample Kolmogorov-Smirnov test for two samples of equal size, as
 * `scipy.stats.ks_2samp(a, b, method="auto")` computes it (two-sided).
 * KSWIN only ever compares equal-size samples, so unequal sizes, for
 * which scipy counts lattice paths instead, are rejected.
 */

/**
 * Largest sample size for which scipy's "auto" method picks the exact
 * distribution; above it scipy switches to an asymptotic one that is not
 * ported here.
 * @public
 */
export const KS_MAX_EXACT_SIZE = 10000;

/** Result of {@link ksTwoSample}. @public */
export interface KsResult {
  /** D = max |F_a(x) − F_b(x)| over the pooled points, a multiple of 1/n. */
  statistic: number;
  /** Two-sided p-value P(D ≥ observed) under the null hypothesis. */
  pValue: number;
  /**
   * "exact" unless rounding pushed the exact value outside [0, 1] (only
   * when it is within a few ulps of 1), where scipy falls back to the
   * asymptotic distribution and so do we.
   */
  method: 'exact' | 'asymp';
}

/**
 * P(D_{n,n} ≥ h/n): twice the alternating sum of C(2n, n−jh)/C(2n, n),
 * evaluated with the same Horner-like nesting and operation order as
 * scipy's `_compute_prob_outside_square` so that results agree to the last
 * bit (binomials such as C(60, 30) ≈ 1.2e17 would not fit in a double).
 * @public
 */
export function ksExactPValue(n: number, h: number): number {
  if (!(Number.isInteger(n) && n >= 1)) {
    throw new RangeError(`sample size must be a positive integer, got ${n}`);
  }
  if (!(Number.isInteger(h) && h >= 1 && h <= n)) {
    throw new RangeError(`h must be an integer in [1, ${n}], got ${h}`);
  }
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) {
      term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    }
    p = term * (1 - p);
  }
  return 2 * p;
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * scipy's asymptotic fallback `kstwo.sf(h/n, round(n/2))`, evaluated only
 * where the fallback can happen: h/n so small that the p-value is 1 or
 * within 4e-5 of it. For t = m·x in (0.5, 1] this is the Ruben-Gambino
 * closed form; beyond that scipy runs Durbin's matrix algorithm, whose
 * result we checked stays within 3.6e-13 of 1 for every n ≤ 10000, so 1
 * is returned there.
 */
function asymptoticPValueNearOne(n: number, h: number): number {
  const m = roundHalfEven(n / 2);
  const x = h / n;
  const t = m * x;
  if (t <= 0.5 || t > 1 || m > 140) return 1;
  let cdf = 1;
  for (let i = 1; i <= m; i++) cdf *= i * (1 / m) * (2 * t - 1);
  return Math.min(1, Math.max(0, 1 - cdf));
}

function assertSample(sample: readonly number[], name: string): void {
  if (sample.length === 0) throw new RangeError(`${name} must not be empty`);
  if (sample.length > KS_MAX_EXACT_SIZE) {
    throw new RangeError(
      `${name} has ${sample.length} values; at most ${KS_MAX_EXACT_SIZE} are supported`,
    );
  }
  if (!sample.every(Number.isFinite)) {
    throw new RangeError(`${name} must contain only finite numbers`);
  }
}

/**
 * Two-sided two-sample KS test of equal-size samples `a` and `b`, with
 * right-continuous empirical CDFs so that ties are handled like scipy.
 * @public
 */
export function ksTwoSample(
  a: readonly number[],
  b: readonly number[],
): KsResult {
  assertSample(a, 'first sample');
  assertSample(b, 'second sample');
  if (a.length !== b.length) {
    throw new RangeError(
      `samples must have equal sizes, got ${a.length} and ${b.length}`,
    );
  }
  const n = a.length;
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  // Walk the pooled values in order; after consuming every value ≤ v the
  // indices are n·F_a(v) and n·F_b(v), so D·n is an exact integer.
  let i = 0;
  let j = 0;
  let h = 0;
  while (i < n && j < n) {
    const v = Math.min(sa[i], sb[j]);
    while (i < n && sa[i] <= v) i++;
    while (j < n && sb[j] <= v) j++;
    h = Math.max(h, Math.abs(i - j));
  }
  const statistic = h / n;
  if (h === 0) return { statistic, pValue: 1, method: 'exact' };
  const exact = ksExactPValue(n, h);
  if (exact >= 0 && exact <= 1) {
    return { statistic, pValue: exact, method: 'exact' };
  }
  return {
    statistic,
    pValue: asymptoticPValueNearOne(n, h),
    method: 'asymp',
  };
}
