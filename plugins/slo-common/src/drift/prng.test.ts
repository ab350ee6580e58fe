import { Prng, seedPrng } from './prng';

describe('seedPrng / Prng (sfc32 seeded by splitmix32)', () => {
  it.each([
    // seed, state after seeding, first three outputs; computed with an
    // independent Python implementation of splitmix32 + sfc32.
    [
      0,
      [232367255, 359191168, 4082022452, 13],
      [591558436, 2737234123, 107644106],
    ],
    [
      42,
      [2632201680, 4139765120, 3611565045, 13],
      [2476999517, 2284424721, 914527439],
    ],
    [
      2 ** 32 - 1,
      [1054990543, 3641752577, 2071252354, 13],
      [401775837, 815230463, 1635982147],
    ],
  ])(
    'seed %s gives the reference state and outputs',
    (seed, state, outputs) => {
      expect(seedPrng(seed)).toEqual(state);
      const prng = new Prng(seedPrng(seed));
      expect([prng.nextUint32(), prng.nextUint32(), prng.nextUint32()]).toEqual(
        outputs,
      );
    },
  );

  it('continues identically from a JSON copy of its state', () => {
    const prng = new Prng(seedPrng(7));
    for (let i = 0; i < 100; i++) prng.nextUint32();
    const copy = new Prng(JSON.parse(JSON.stringify(prng.state())));
    for (let i = 0; i < 100; i++)
      expect(copy.nextUint32()).toBe(prng.nextUint32());
  });

  it('below(70) is uniform: chi-square over 70,000 draws under the 0.1% critical value', () => {
    const prng = new Prng(seedPrng(1));
    const counts = new Array(70).fill(0);
    for (let i = 0; i < 70_000; i++) counts[prng.below(70)]++;
    const chi2 = counts.reduce((sum, c) => sum + (c - 1000) ** 2 / 1000, 0);
    // 111.06 is the 99.9% quantile of chi-square with 69 degrees of freedom.
    expect(chi2).toBeLessThan(111.06);
  });

  it.each([1, 2, 3, 64, 65, 2 ** 31, 2 ** 32])(
    'below(%s) stays in range',
    n => {
      const prng = new Prng(seedPrng(3));
      for (let i = 0; i < 1000; i++) {
        const r = prng.below(n);
        expect(Number.isInteger(r) && r >= 0 && r < n).toBe(true);
      }
    },
  );

  it('sample draws distinct indices, and a full draw is a permutation', () => {
    const prng = new Prng(seedPrng(5));
    const drawn = prng.sample(70, 30);
    expect(new Set(drawn).size).toBe(30);
    expect(drawn.every(i => i >= 0 && i < 70)).toBe(true);
    expect([...prng.sample(30, 30)].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i),
    );
  });

  it('sample covers each index with equal probability', () => {
    const prng = new Prng(seedPrng(11));
    const hits = new Array(70).fill(0);
    for (let i = 0; i < 7000; i++)
      for (const j of prng.sample(70, 30)) hits[j]++;
    // Each index is expected 7000 × 30/70 = 3000 times.
    const chi2 = hits.reduce((sum, c) => sum + (c - 3000) ** 2 / 3000, 0);
    expect(chi2).toBeLessThan(111.06);
  });

  it.each([-1, 1.5, 2 ** 32, NaN])('rejects seed %s', seed => {
    expect(() => seedPrng(seed)).toThrow(RangeError);
  });

  it('rejects impossible draws', () => {
    const prng = new Prng(seedPrng(1));
    expect(() => prng.below(0)).toThrow(/n must be an integer/);
    expect(() => prng.sample(5, 6)).toThrow(
      /cannot draw 6 distinct items from 5/,
    );
  });
});
