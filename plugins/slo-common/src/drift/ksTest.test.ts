import { ksExactPValue, ksTwoSample } from './ksTest';

const digits = (s: string) => [...s].map(Number);

function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let c = 1n;
  for (let i = 1; i <= k; i++) c = (c * BigInt(n - k + i)) / BigInt(i);
  return c;
}

/** P(D ≥ h/n) from the alternating binomial sum in exact integers. */
function exactByBigInt(n: number, h: number): number {
  let sum = 0n;
  for (let j = 1; j * h <= n; j++) {
    const term = binomial(2 * n, n - j * h);
    sum += j % 2 === 1 ? term : -term;
  }
  return Number(2n * sum) / Number(binomial(2 * n, n));
}

describe('ksExactPValue', () => {
  it.each([
    // n, h, P(D_{n,n} ≥ h/n) by hand: 2·Σ(−1)^(j−1)·C(2n, n−jh) / C(2n, n)
    [1, 1, 1], // 2·C(2,0)/C(2,1) = 2/2
    [2, 1, 1], // 2·(4 − 1)/6
    [2, 2, 1 / 3], // 2·1/6
    [3, 1, 1], // 2·(15 − 6 + 1)/20
    [3, 2, 0.6], // 2·6/20
    [3, 3, 0.1], // 2·1/20
    [4, 2, 27 / 35], // 2·(28 − 1)/70
    [4, 3, 8 / 35], // 2·8/70
    [4, 4, 1 / 35], // 2·1/70
    [5, 5, 1 / 126], // 2·1/252
  ])('n=%s, h=%s gives %s', (n, h, p) => {
    expect(ksExactPValue(n, h)).toBeCloseTo(p, 15);
  });

  it.each([
    // h for n = 30 and scipy 1.17.1's ks_2samp p-value (its exact method)
    [2, 0.9999999909208507],
    [5, 0.8079631540901643],
    [7, 0.39294501397971776],
    [10, 0.07088798787114439],
    [14, 0.0025300622362698397],
    [17, 8.737803591291227e-5],
    [20, 1.2750060342394341e-6],
    [25, 9.236090683675521e-11],
    [30, 1.6911233892144742e-17],
  ])('n=30, h=%s matches scipy to the last bit: %s', (h, p) => {
    expect(ksExactPValue(30, h)).toBe(p);
  });

  it.each([5, 10, 30, 100])(
    'n=%s agrees with exact integer arithmetic for every h',
    n => {
      for (let h = 1; h <= n; h++) {
        const expected = exactByBigInt(n, h);
        expect(Math.abs(ksExactPValue(n, h) - expected)).toBeLessThanOrEqual(
          1e-13 * expected,
        );
      }
    },
  );

  it('rejects h outside [1, n]', () => {
    expect(() => ksExactPValue(30, 0)).toThrow(RangeError);
    expect(() => ksExactPValue(30, 31)).toThrow(RangeError);
    expect(() => ksExactPValue(0, 1)).toThrow(RangeError);
  });
});

describe('ksTwoSample', () => {
  it.each([
    // tied integer samples of 30 and scipy 1.17.1's ks_2samp(a, b) result
    [
      '011100121102222122100022111112',
      '224344423234432334434343434432',
      24,
      8.466416460035895e-10,
    ],
    [
      '100000100100010001101001101100',
      '122121221112112111111211122122',
      19,
      5.795481973815609e-6,
    ],
    [
      '112022212220000200220200122000',
      '131333313131332112111133333131',
      15,
      0.0008995776840176799,
    ],
    [
      '401030200331441242324014312222',
      '236664443242644334562325452533',
      13,
      0.006548396368058784,
    ],
    [
      '421324132344124240131413023301',
      '343323443524221213535451352243',
      7,
      0.39294501397971776,
    ],
    [
      '235123415225410413422154352132',
      '045350510342104205254131153203',
      5,
      0.8079631540901643,
    ],
  ])('matches scipy on %s vs %s', (a, b, h, p) => {
    const result = ksTwoSample(digits(a), digits(b));
    expect(result.statistic).toBe(h / 30);
    expect(result.pValue).toBe(p);
    expect(result.method).toBe('exact');
  });

  it('hand-checked small cases', () => {
    // Disjoint samples: D = 1, P = 2/C(6,3) = 0.1 (scipy: 0.09999999999999999).
    expect(ksTwoSample([1, 2, 3], [4, 5, 6])).toEqual({
      statistic: 1,
      pValue: 0.09999999999999999,
      method: 'exact',
    });
    // Identical samples: D = 0 and scipy returns p = 1 without computing.
    expect(ksTwoSample([4, 1, 3, 2], [1, 2, 3, 4])).toEqual({
      statistic: 0,
      pValue: 1,
      method: 'exact',
    });
    // Ties: F_a(0) = 2/4, F_b(0) = 1/4, so D = 1/4 (right-continuous ECDFs).
    expect(ksTwoSample([0, 0, 1, 1], [0, 1, 1, 1]).statistic).toBe(0.25);
  });

  it.each([
    // n, h, scipy's p-value where the exact sum rounds above 1 and scipy
    // falls back to kstwo.sf(h/n, round(n/2))
    [7, 1, 0.9999609537692629], // Ruben-Gambino branch
    [30, 1, 1], // t = 15/30 ≤ 0.5
  ])('falls back like scipy for n=%s, h=%s', (n, h, p) => {
    const a = Array.from({ length: n }, (_, i) => i);
    const b = a.map(x => x + 0.5);
    const result = ksTwoSample(a, b);
    expect(result.statistic).toBe(h / n);
    expect(result.method).toBe('asymp');
    expect(result.pValue).toBeCloseTo(p, 15);
  });

  it('returns 1 where scipy runs the Durbin matrix fallback (scipy: 1 − 3.5e-13)', () => {
    const a = Array.from({ length: 135 }, (_, i) => i);
    const b = a.map((x, i) => (i < 3 ? x + 135 : x));
    const result = ksTwoSample(a, b);
    expect(result.statistic).toBe(3 / 135);
    expect(result.method).toBe('asymp');
    expect(Math.abs(result.pValue - 0.9999999999996487)).toBeLessThan(4e-13);
  });

  it('does not depend on the order of the values', () => {
    const a = digits('401030200331441242324014312222');
    const b = digits('236664443242644334562325452533');
    expect(ksTwoSample([...a].reverse(), [...b].reverse())).toEqual(
      ksTwoSample(a, b),
    );
    expect(ksTwoSample(b, a)).toEqual(ksTwoSample(a, b));
  });

  it('rejects samples it cannot test like scipy', () => {
    expect(() => ksTwoSample([], [])).toThrow(/first sample must not be empty/);
    expect(() => ksTwoSample([1, 2], [1])).toThrow(/equal sizes/);
    expect(() => ksTwoSample([1, NaN], [1, 2])).toThrow(/finite/);
    const big = new Array(10_001).fill(0);
    expect(() => ksTwoSample(big, big)).toThrow(/at most 10000/);
  });
});
