import {
  burnRate,
  errorBudgetMinutes,
  errorBudgetRemaining,
} from './errorBudget';

describe('errorBudgetMinutes', () => {
  it.each([
    // target, window days, minutes (hand-computed: (1 - target) × days × 1440)
    [0.999, 30, 43.2],
    [0.999, 28, 40.32],
    [0.99, 30, 432],
    [0.9995, 30, 21.6],
    [0.9999, 7, 1.008],
  ])('%s over %s days allows %s minutes', (target, days, minutes) => {
    expect(errorBudgetMinutes(target, days)).toBeCloseTo(minutes, 9);
  });

  it('rejects impossible targets and windows', () => {
    expect(() => errorBudgetMinutes(1, 30)).toThrow(RangeError);
    expect(() => errorBudgetMinutes(0, 30)).toThrow(RangeError);
    expect(() => errorBudgetMinutes(0.99, 0)).toThrow(RangeError);
  });
});

describe('errorBudgetRemaining', () => {
  it.each([
    // 99.9% of 1,000,000 allows 1,000 bad events
    [0.999, 1_000_000, 1_000_000, 1],
    [0.999, 999_750, 1_000_000, 0.75],
    [0.999, 999_000, 1_000_000, 0],
    [0.999, 998_000, 1_000_000, -1],
    [0.99, 0, 0, 1],
  ])('target %s, %s good of %s leaves %s', (target, good, total, left) => {
    expect(errorBudgetRemaining(target, good, total)).toBeCloseTo(left, 9);
  });

  it('rejects more good than total', () => {
    expect(() => errorBudgetRemaining(0.99, 2, 1)).toThrow(RangeError);
  });
});

describe('burnRate', () => {
  it.each([
    [0.999, 0.0144, 14.4],
    [0.999, 0.001, 1],
    [0.99, 0.06, 6],
    [0.999, 0, 0],
  ])('target %s at error ratio %s burns at %s×', (target, ratio, rate) => {
    expect(burnRate(target, ratio)).toBeCloseTo(rate, 9);
  });

  it('rejects ratios outside [0, 1]', () => {
    expect(() => burnRate(0.99, 1.5)).toThrow(RangeError);
  });
});
