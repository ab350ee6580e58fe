/**
 * Seeded synthetic SLI series for the drift detector tests. Randomness
 * comes from the package's own sfc32 so every series is reproducible.
 */
import { Prng, seedPrng } from '../prng';
import { DriftDetector } from '../types';
import published from '../__fixtures__/river-published.json';

/** river's published streams and detection indices. */
export const riverFixture = published as {
  streams: Record<
    'docstring_random12345' | 'random42_4seg' | 'numpy_seed12345_randint',
    number[]
  >;
  expected: Record<string, Record<string, number[]>>;
};

/** 0-based indices at which `detector` reports drift on `stream`. */
export function detections(
  detector: Pick<DriftDetector, 'update'>,
  stream: readonly number[],
): number[] {
  const found: number[] = [];
  stream.forEach((x, i) => {
    if (detector.update(x)) found.push(i);
  });
  return found;
}

/** Uniform on [0, 1) with 32 random bits, exactly representable. */
const uniform = (rng: Prng) => rng.nextUint32() / 2 ** 32;

/**
 * Approximately standard normal: sum of 12 uniforms minus 6 (Irwin-Hall).
 * Only exact double arithmetic, so other languages reproduce it bit for bit.
 */
export function normal(rng: Prng): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += uniform(rng);
  return sum - 6;
}

/** Poisson(λ) by Knuth's multiplication method (fine for λ ≤ 30). */
function poisson(rng: Prng, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = uniform(rng);
  while (p > limit) {
    k++;
    p *= uniform(rng);
  }
  return k;
}

/** A generated series and where its change, if any, happens. */
export interface Series {
  values: number[];
  changeAt?: number;
}

/**
 * p99 latency of 15-minute windows: 250 ms with ±10% log-normal noise,
 * rising by `increase` (0.2 = +20%) from `changeAt` on, e.g. after a
 * deployment. Values are standardised by the baseline's mean and standard
 * deviation, the units the detectors' default thresholds are meant for.
 */
export function p99LatencySeries(
  seed: number,
  length: number,
  change?: { at: number; increase: number },
): Series {
  const rng = new Prng(seedPrng(seed));
  const sigma = 0.1;
  const mean = 250 * Math.exp(sigma ** 2 / 2);
  const sd = mean * Math.sqrt(Math.exp(sigma ** 2) - 1);
  const values = Array.from({ length }, (_, i) => {
    const factor = change && i >= change.at ? 1 + change.increase : 1;
    const ms = 250 * factor * Math.exp(sigma * normal(rng));
    return (ms - mean) / sd;
  });
  return { values, changeAt: change?.at };
}

/**
 * Error ratio of 15-minute windows of 10,000 requests each: availability
 * 99.9% (Poisson(10) errors per window) falling to `availabilityAfter` at
 * `changeAt`; standardised by the baseline mean and standard deviation.
 */
export function availabilitySeries(
  seed: number,
  length: number,
  change?: { at: number; availabilityAfter: number },
): Series {
  const rng = new Prng(seedPrng(seed));
  const requests = 10_000;
  const baselineErrors = requests * 0.001;
  const values = Array.from({ length }, (_, i) => {
    const availability =
      change && i >= change.at ? change.availabilityAfter : 0.999;
    const errors = poisson(rng, requests * (1 - availability));
    return (errors - baselineErrors) / Math.sqrt(baselineErrors);
  });
  return { values, changeAt: change?.at };
}

/** Index of the first detection at or after the change, minus the change index. */
export function detectionDelay(
  detector: Pick<DriftDetector, 'update'>,
  series: Series,
): number | undefined {
  const changeAt = series.changeAt ?? 0;
  const first = detections(detector, series.values).find(i => i >= changeAt);
  return first === undefined ? undefined : first - changeAt;
}
