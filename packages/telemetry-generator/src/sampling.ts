import { Rng } from './rng';

/** Below this many trials `binomial` draws every Bernoulli trial. */
const EXACT_TRIALS = 25;
/** Below this expected count a tail is drawn as a Poisson count. */
const POISSON_TAIL = 15;

/**
 * Binomial(n, p) count. Exact for small n; otherwise a Poisson approximation
 * when either tail is small, and a normal approximation in between. The
 * result is always an integer in [0, n].
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  if (n < EXACT_TRIALS) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng.next() < p) k++;
    return k;
  }
  const mean = n * p;
  if (mean < POISSON_TAIL) return Math.min(n, rng.poisson(mean));
  const tail = n - mean;
  if (tail < POISSON_TAIL) return Math.max(0, n - rng.poisson(tail));
  const sd = Math.sqrt(mean * (1 - p));
  return Math.min(n, Math.max(0, Math.round(mean + sd * rng.normal())));
}

/**
 * Splits n into categories with the given probabilities (which should sum to
 * 1; the last category takes the remainder) by chained binomials. Writes the
 * counts into `out` and returns it.
 */
export function multinomial(
  rng: Rng,
  n: number,
  probabilities: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  let remaining = n;
  let mass = 1;
  const last = probabilities.length - 1;
  for (let i = 0; i < last; i++) {
    const p = probabilities[i];
    const k =
      remaining > 0 && mass > 0 ? binomial(rng, remaining, p / mass) : 0;
    out[i] = k;
    remaining -= k;
    mass -= p;
  }
  out[last] = remaining;
  return out;
}
