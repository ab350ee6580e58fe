/**
 * Index where the later values start to differ most from the earlier ones:
 * the maximum of the standardised CUSUM |S_k − (k/n)·S_n| / √(k(n−k)/n).
 * The detectors say that something changed, not where; this says where.
 * @public
 */
export function changePoint(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const total = values.reduce((a, b) => a + b, 0);
  let best = 1;
  let bestScore = -1;
  let sum = 0;
  for (let k = 1; k < n; k++) {
    sum += values[k - 1];
    const score =
      Math.abs(sum - (k / n) * total) / Math.sqrt((k * (n - k)) / n);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}
