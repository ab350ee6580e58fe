/**
 * Seeded pseudo-random numbers (mulberry32), with the few distributions the
 * generator needs. Pure: no Node APIs, no global state.
 */

/** FNV-1a hash of a string, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a seed with a key, so that every service gets its own stream. */
export function deriveSeed(seed: number, key: string): number {
  let z = (Math.imul(seed | 0, 0x9e3779b1) ^ hashString(key)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Above this mean, `poisson` uses the normal approximation. */
export const POISSON_NORMAL_THRESHOLD = 30;

export class Rng {
  private state: number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for `key`, derived from `seed`. */
  static derive(seed: number, key: string): Rng {
    return new Rng(deriveSeed(seed, key));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Standard normal (Box-Muller; the second value is kept for the next call). */
  normal(): number {
    if (this.spare !== undefined) {
      const z = this.spare;
      this.spare = undefined;
      return z;
    }
    const u1 = 1 - this.next(); // (0, 1], so log() is finite
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }

  /**
   * Poisson-distributed count with mean `lambda`: exact (Knuth) for small
   * means, normal approximation (rounded, floored at 0) above
   * POISSON_NORMAL_THRESHOLD.
   */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda >= POISSON_NORMAL_THRESHOLD) {
      return Math.max(
        0,
        Math.round(lambda + Math.sqrt(lambda) * this.normal()),
      );
    }
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}
