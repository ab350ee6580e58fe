/**
 * Small seeded pseudo-random generator for KSWIN's sampling of the old
 * window. river uses Python's Mersenne Twister (`random.Random(seed)`),
 * whose 2.5 KB state would have to be stored for every detector; sfc32
 * keeps four 32-bit words, passes PractRand, and its state is plain JSON.
 */

/** The four 32-bit words of an sfc32 generator. @public */
export type PrngState = [number, number, number, number];

const UINT32 = 2 ** 32;

/** True when `seed` is an integer the generator accepts (0 ≤ seed < 2³²). */
export function isPrngSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed < UINT32;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), with the
 * integer helpers KSWIN needs.
 * @public
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(state: Readonly<PrngState>) {
    [this.a, this.b, this.c, this.d] = state.map(w => w >>> 0);
  }

  /** A copy of the current state; `new Prng(state)` continues identically. */
  state(): PrngState {
    return [this.a, this.b, this.c, this.d];
  }

  /** The next output, uniform on [0, 2³²). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    return t >>> 0;
  }

  /**
   * Uniform integer in [0, n) without modulo bias: draws bit_length(n) bits
   * and retries above n, as Python's `Random._randbelow` does.
   */
  below(n: number): number {
    if (!(Number.isInteger(n) && n >= 1 && n <= UINT32)) {
      throw new RangeError(`n must be an integer in [1, 2^32], got ${n}`);
    }
    const bits = n === UINT32 ? 32 : 32 - Math.clz32(n);
    const shift = 32 - bits;
    for (;;) {
      const r = this.nextUint32() >>> shift;
      if (r < n) return r;
    }
  }

  /**
   * `k` distinct indices drawn uniformly from [0, populationSize), in
   * selection order: the partial Fisher-Yates shuffle Python's
   * `random.sample` uses for small populations.
   */
  sample(populationSize: number, k: number): number[] {
    if (!(Number.isInteger(k) && k >= 0 && k <= populationSize)) {
      throw new RangeError(
        `cannot draw ${k} distinct items from ${populationSize}`,
      );
    }
    const pool = Array.from({ length: populationSize }, (_, i) => i);
    const result: number[] = [];
    for (let i = 0; i < k; i++) {
      const j = this.below(populationSize - i);
      result.push(pool[j]);
      pool[j] = pool[populationSize - i - 1];
    }
    return result;
  }
}

/**
 * Expands a 32-bit seed into an sfc32 state with splitmix32, then discards
 * 12 outputs so that neighbouring seeds give unrelated streams.
 * @public
 */
export function seedPrng(seed: number): PrngState {
  if (!isPrngSeed(seed)) {
    throw new RangeError(`seed must be an integer in [0, 2^32), got ${seed}`);
  }
  let s = seed >>> 0;
  const splitmix32 = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const prng = new Prng([splitmix32(), splitmix32(), splitmix32(), 1]);
  for (let i = 0; i < 12; i++) prng.nextUint32();
  return prng.state();
}
