import { Rng } from './rng';
import { binomial, multinomial } from './sampling';

describe('binomial', () => {
  it.each([
    [10, 0.3],
    [1000, 0.001],
    [1000, 0.5],
    [1000, 0.999],
    [100000, 0.02],
  ])('Binomial(%p, %p) has mean np and stays in [0, n]', (n, p) => {
    const rng = new Rng(11);
    let total = 0;
    const runs = 20_000;
    for (let i = 0; i < runs; i++) {
      const k = binomial(rng, n, p);
      expect(Number.isInteger(k) && k >= 0 && k <= n).toBe(true);
      total += k;
    }
    const sdOfMean = Math.sqrt((n * p * (1 - p)) / runs);
    expect(Math.abs(total / runs - n * p)).toBeLessThan(5 * sdOfMean + 1e-9);
  });

  it('handles the edges without drawing', () => {
    const rng = new Rng(1);
    expect(binomial(rng, 0, 0.5)).toBe(0);
    expect(binomial(rng, 10, 0)).toBe(0);
    expect(binomial(rng, 10, 1)).toBe(10);
    expect(rng.next()).toBe(0.6270739405881613); // stream untouched
  });
});

describe('multinomial', () => {
  it('splits n exactly, in proportion to the probabilities', () => {
    const rng = new Rng(2);
    const out = new Float64Array(3);
    const sums = [0, 0, 0];
    for (let i = 0; i < 2000; i++) {
      multinomial(rng, 1000, [0.5, 0.3, 0.2], out);
      expect(out[0] + out[1] + out[2]).toBe(1000);
      out.forEach((v, j) => (sums[j] += v));
    }
    expect(sums[0] / 2e6).toBeCloseTo(0.5, 2);
    expect(sums[1] / 2e6).toBeCloseTo(0.3, 2);
    expect(sums[2] / 2e6).toBeCloseTo(0.2, 2);
  });
});
