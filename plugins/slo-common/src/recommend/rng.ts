/**
 * Seeded pseudo-random numbers, so that bootstrap results are reproducible.
 */

/** A generator of uniform numbers in [0, 1). @public */
export type Rng = () => number;

/**
 * mulberry32 (Tommy Ettinger): a 32-bit state generator, fast and good
 * enough for resampling. The same seed always yields the same sequence.
 * @public
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A uniform integer in [0, n).
 * @public
 */
export function randomIndex(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(rng() * n));
}
