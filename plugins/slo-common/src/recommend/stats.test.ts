import { jeffreysRate, quantileSorted } from './stats';

describe('quantileSorted', () => {
  it.each([
    // values 1..5: h = 4q
    [0, 1],
    [0.5, 3],
    [0.75, 4],
    [0.9, 4.6], // h = 3.6 → 4 + 0.6 × 1
    [1, 5],
  ])('q=%s of 1..5 is %s', (q, expected) => {
    expect(quantileSorted([1, 2, 3, 4, 5], q)).toBeCloseTo(expected, 12);
  });

  it('rejects empty input and bad q', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
  });
});

describe('jeffreysRate', () => {
  it.each([
    [0, 0, 0.5],
    [0, 61, 0.5 / 62],
    [3, 9, 0.35],
  ])('%s of %s gives %s', (k, m, p) => {
    expect(jeffreysRate(k, m)).toBeCloseTo(p, 12);
  });
});
