import { mulberry32, randomIndex } from './rng';

describe('mulberry32', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
  });

  it('stays in [0, 1) with a roughly uniform mean', () => {
    const rng = mulberry32(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    // mean of 10,000 uniforms: 0.5 ± 3 × 0.289/100
    expect(Math.abs(sum / 10_000 - 0.5)).toBeLessThan(0.009);
  });

  it('draws every index of a small range', () => {
    const rng = mulberry32(1);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomIndex(rng, 5));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
