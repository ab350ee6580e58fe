/**
 * Exact Shapley values for up to 8 players (features) by enumerating all
 * 2^n coalitions once: O(n · 2^n) work, 2,048 steps for n = 8.
 */

/** Most players `shapleyValues` accepts. @public */
export const MAX_SHAPLEY_PLAYERS = 8;

/**
 * A coalition value function. The coalition is a bitmask: bit i set when
 * player i is present (for feature attribution: feature i takes the
 * service's value, absent features their fleet-baseline value).
 * @public
 */
export type CoalitionValue = (mask: number) => number;

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

/**
 * Exact Shapley values φᵢ = Σ_S |S|!(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S)).
 * They sum to v(all) − v(∅) up to rounding (efficiency).
 * @public
 */
export function shapleyValues(n: number, value: CoalitionValue): number[] {
  if (!(Number.isInteger(n) && n >= 0 && n <= MAX_SHAPLEY_PLAYERS)) {
    throw new RangeError(`need 0..${MAX_SHAPLEY_PLAYERS} players, got ${n}`);
  }
  const size = 1 << n;
  const values = new Float64Array(size);
  for (let m = 0; m < size; m++) values[m] = value(m);
  // weights[s] = s!(n−s−1)!/n!
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1] * k);
  const weights = Array.from(
    { length: n },
    (_, s) => (factorial[s] * factorial[n - s - 1]) / factorial[n],
  );
  const phi = new Array<number>(n).fill(0);
  for (let m = 0; m < size; m++) {
    const w = weights[popcount(m)] ?? 0;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (!(m & bit)) phi[i] += w * (values[m | bit] - values[m]);
    }
  }
  return phi;
}

/**
 * Shapley values of a function of feature vectors: feature i is `x[i]` in
 * the coalition and `baseline[i]` outside it (interventional baseline).
 * @public
 */
export function featureShapley(
  f: (features: number[]) => number,
  x: readonly number[],
  baseline: readonly number[],
): number[] {
  if (x.length !== baseline.length) {
    throw new RangeError('features and baseline differ in length');
  }
  return shapleyValues(x.length, mask =>
    f(x.map((xi, i) => (mask & (1 << i) ? xi : baseline[i]))),
  );
}
