import { deriveSeed, hashString, Rng } from './rng';

function draws(rng: Rng, n: number, f: (r: Rng) => number): number[] {
  return Array.from({ length: n }, () => f(rng));
}

function meanAndVariance(xs: number[]) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
  return { mean, variance };
}

describe('Rng', () => {
  it('is mulberry32: seed 1 starts with the published reference value', () => {
    const rng = new Rng(1);
    expect(rng.next()).toBe(0.6270739405881613);
    expect(rng.next()).toBe(0.002735721180215478);
    expect(rng.next()).toBe(0.5274470399599522);
  });

  it('repeats itself for the same seed and differs for another', () => {
    const a = draws(new Rng(42), 5, r => r.next());
    expect(draws(new Rng(42), 5, r => r.next())).toEqual(a);
    expect(draws(new Rng(43), 5, r => r.next())).not.toEqual(a);
  });

  it('derives independent streams per key', () => {
    expect(deriveSeed(7, 'service:a')).toBe(deriveSeed(7, 'service:a'));
    expect(deriveSeed(7, 'service:a')).not.toBe(deriveSeed(7, 'service:b'));
    expect(deriveSeed(7, 'service:a')).not.toBe(deriveSeed(8, 'service:a'));
    expect(Rng.derive(7, 'x').next()).toBe(new Rng(deriveSeed(7, 'x')).next());
  });

  it('hashes strings with FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c); // published FNV-1a test vector
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const xs = draws(new Rng(3), 100_000, r => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const { mean, variance } = meanAndVariance(xs);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 2);
  });

  it('draws standard normals', () => {
    const { mean, variance } = meanAndVariance(
      draws(new Rng(5), 100_000, r => r.normal()),
    );
    expect(Math.abs(mean)).toBeLessThan(0.015); // sd of the mean is 0.003
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });

  it.each([
    [0.5, 0.02],
    [3, 0.05],
    [29, 0.15],
    [1000, 1],
  ])('draws Poisson counts with mean and variance %p', (lambda, tolerance) => {
    const xs = draws(new Rng(9), 50_000, r => r.poisson(lambda));
    expect(xs.every(x => Number.isInteger(x) && x >= 0)).toBe(true);
    const { mean, variance } = meanAndVariance(xs);
    expect(Math.abs(mean - lambda)).toBeLessThan(tolerance);
    expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.05);
  });

  it('returns 0 for a zero or negative mean', () => {
    const rng = new Rng(1);
    expect(rng.poisson(0)).toBe(0);
    expect(rng.poisson(-1)).toBe(0);
  });
});
