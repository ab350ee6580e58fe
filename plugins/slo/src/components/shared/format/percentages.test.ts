import { NO_VALUE } from './numbers';
import {
  formatInterval,
  formatMeasuredAvailability,
  formatPercent,
  formatPoints,
  formatPp,
  formatProbability,
  formatRatio,
  formatSmallRatio,
  formatTarget,
} from './percentages';

describe('percentages', () => {
  it.each([
    [0.999, 2, '99.9%'],
    // 0.9995 × 100 is 99.95000000000002 in binary.
    [0.9995, 2, '99.95%'],
    [0.6, 1, '60%'],
    [0.123456, 1, '12.3%'],
    [0.99999, 3, '99.999%'],
    // Whole percents of a share: 0.666 → 66.6 → 67.
    [0.666, 0, '67%'],
    [0.06, 0, '6%'],
  ])('formatRatio(%p, %p) = %p', (ratio, digits, expected) => {
    expect(formatRatio(ratio, digits)).toBe(expected);
  });

  it.each([
    [0.99832898, '99.83%'],
    [0.99953, '99.953%'],
    [0.999, '99.90%'],
    // 0.005% missed: two significant digits need four decimals.
    [0.99995, '99.9950%'],
    // Rounded towards the worse figure: 0.1671% missed reads 0.17%.
    [0.998329, '99.83%'],
    [0.95, '95.00%'],
    [0.9999999, '99.9999%'],
    [1, '100%'],
    [Number.NaN, NO_VALUE],
  ])('formatMeasuredAvailability(%p) = %p', (ratio, expected) => {
    expect(formatMeasuredAvailability(ratio)).toBe(expected);
  });

  it.each([
    [0.6, 1, '60.0%'],
    [0.8123, 1, '81.2%'],
    [1.25, 0, '125%'],
    [0, 1, '0.0%'],
    [0.5, 2, '50.00%'],
    [null, 1, NO_VALUE],
    [undefined, 1, NO_VALUE],
    [Number.NaN, 1, NO_VALUE],
  ])('formatPercent(%p, %p) = %p', (ratio, digits, expected) => {
    expect(formatPercent(ratio, digits)).toBe(expected);
  });

  it.each([
    [0.0144, '1.44%'], // 14.4 × (1 − 0.999)
    [0.00002, '0.002%'], // 0.02 × (1 − 0.999)
    [(1 / 48) * 0.001, '0.00208%'], // 1/48 × 0.001 = 0.0000208333
  ])('formatSmallRatio(%p) = %p', (ratio, expected) => {
    expect(formatSmallRatio(ratio)).toBe(expected);
  });

  it.each([
    [99.5, '99.5%'],
    [99.9, '99.9%'],
    [99.457, '99.457%'],
    [99.95000000000002, '99.95%'],
    [98, '98%'],
  ])('formatTarget(%p) = %p', (percent, expected) => {
    expect(formatTarget(percent)).toBe(expected);
  });

  it.each([
    [0.012, '1.2%'],
    [0.157, '15.7%'],
    [0.5, '50%'],
    [0.0152, '1.5%'],
    // 0.5 / 1001, the Jeffreys estimate of 1000 windows that never missed.
    [0.5 / 1001, '0.05%'],
    [0.0005, '0.05%'],
    [0, '0%'],
  ])('formatProbability(%p) = %p', (probability, expected) => {
    expect(formatProbability(probability)).toBe(expected);
  });

  it.each([
    [[99.68, 99.86] as [number, number], '99.68–99.86%'],
    [[99.4100000001, 99.72] as [number, number], '99.41–99.72%'],
    [null, 'no data'],
  ])('formatInterval(%p) = %p', (interval, expected) => {
    expect(formatInterval(interval)).toBe(expected);
  });

  it.each([
    [0.2, '0.2 pp'],
    [0.39981, '0.3998 pp'],
    [1, '1 pp'],
  ])('formatPoints(%p) = %p', (points, expected) => {
    expect(formatPoints(points)).toBe(expected);
  });

  it.each([
    [0.4, '+0.4 pp'],
    [-0.4, '−0.4 pp'],
    [-0.65, '−0.65 pp'],
    [1, '+1 pp'],
    [0, '±0 pp'],
    // 99.95 − 99.9 in binary floating point.
    [99.95 - 99.9, '+0.05 pp'],
  ])('formatPp(%p) = %p', (delta, expected) => {
    expect(formatPp(delta)).toBe(expected);
  });
});
