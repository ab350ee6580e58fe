import { errorBudgetMinutes } from '../math/errorBudget';
import {
  errorBudgetShare,
  formatAvailabilityPercent,
  requiredDependencyAvailability,
  unachievableTargetMessage,
} from './budget';

describe('requiredDependencyAvailability', () => {
  it.each([
    // target, one more nine (hand-computed: 1 - (1 - target) / 10)
    [0.9999, 0.99999],
    [0.999, 0.9999],
    [0.99, 0.999],
    [0.9995, 0.99995],
  ])('%s needs dependencies at %s', (target, required) => {
    expect(requiredDependencyAvailability(target)).toBeCloseTo(required, 12);
  });

  it('rejects targets outside (0, 1)', () => {
    expect(() => requiredDependencyAvailability(1)).toThrow(RangeError);
    expect(() => requiredDependencyAvailability(99.9)).toThrow(RangeError);
  });
});

describe('errorBudgetShare', () => {
  it.each([
    // availability, target, share (hand-computed: (1 - a) / (1 - t))
    [0.99999, 0.9999, 0.1], // 0.00001 / 0.0001
    [0.9995, 0.999, 0.5], // 0.0005 / 0.001
    [0.9989, 0.9999, 11], // 0.0011 / 0.0001: the dependency alone breaks it
    [1, 0.999, 0],
  ])('%s against %s uses %s of the budget', (availability, target, share) => {
    expect(errorBudgetShare(availability, target)).toBeCloseTo(share, 9);
  });

  it('reproduces the rule of the extra nine over a year', () => {
    // 99.99% over 365 days: 0.0001 × 525,600 min = 52.56 min (~53 min).
    const budget = errorBudgetMinutes(0.9999, 365);
    expect(budget).toBeCloseTo(52.56, 9);
    // Five critical dependencies at 99.999% use 10% each: 5 × 0.1 × 52.56
    // = 26.28 min (~26 min), leaving 26.28 min for the service itself.
    const used = 5 * errorBudgetShare(0.99999, 0.9999) * budget;
    expect(used).toBeCloseTo(26.28, 6);
    expect(budget - used).toBeCloseTo(26.28, 6);
  });
});

describe('formatAvailabilityPercent', () => {
  it.each([
    // ratio, decimals, round down, text
    [0.9999, undefined, false, '99.99%'],
    [0.99999, undefined, false, '99.999%'],
    [0.999, undefined, false, '99.90%'],
    [0.9970521744, 2, true, '99.70%'],
    [0.99989, 2, true, '99.98%'], // would round up to 99.99%
    [0.99989, 2, false, '99.99%'],
    [0.98000199, 4, false, '98.0002%'],
    [1, undefined, false, '100.00%'],
  ] as const)(
    '%s with %s decimals (down: %s) is %s',
    (ratio, decimals, down, text) => {
      expect(formatAvailabilityPercent(ratio, decimals, down)).toBe(text);
    },
  );
});

describe('unachievableTargetMessage', () => {
  it('states bound, target and the one-more-nine advice', () => {
    expect(unachievableTargetMessage(0.9970521744, 0.9999, 3)).toBe(
      'Target 99.99% is not achievable: with 3 hard dependencies the ' +
        'composite availability is at most 99.70%. Each hard dependency ' +
        'needs about 99.999% (one more nine than the target).',
    );
  });

  it('uses the singular for one dependency', () => {
    expect(unachievableTargetMessage(0.99, 0.999, 1)).toContain(
      'with 1 hard dependency the composite availability is at most 99.00%',
    );
  });
});
