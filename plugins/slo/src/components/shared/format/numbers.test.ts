import {
  cleanFloat,
  formatCompactCount,
  formatCount,
  formatEventCount,
  formatFactor,
  formatMs,
  formatNumber,
  trimDecimals,
} from './numbers';

describe('numbers', () => {
  it.each([
    // 0.9995 × 100 and 0.1 + 0.2 in binary floating point.
    [0.9995 * 100, 99.95],
    [0.1 + 0.2, 0.3],
    [43.2, 43.2],
  ])('cleanFloat(%p) = %p', (value, expected) => {
    expect(cleanFloat(value)).toBe(expected);
  });

  it.each([
    [43.2, 1, 43.2],
    [12.04, 1, 12],
    [99.95000000000002, 4, 99.95],
    [2.5, 0, 3],
  ])('trimDecimals(%p, %p) = %p', (value, digits, expected) => {
    expect(trimDecimals(value, digits)).toBe(expected);
  });

  it.each([
    [1234.56, 1, '1,234.6'],
    [1234.56, 0, '1,235'],
    [0.5, 2, '0.5'],
  ])('formatNumber(%p, %p) = %p', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  it.each([
    [1000000, '1,000,000'],
    [123.457, '123.5'],
    [0, '0'],
  ])('formatCount(%p) = %p', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });

  it.each([
    [103326.8, '103,327'],
    [116826604.2, '116,826,604'],
    [0.4, '0'],
    [0, '0'],
  ])('formatEventCount(%p) = %p', (value, expected) => {
    expect(formatEventCount(value)).toBe(expected);
  });

  it.each([
    [14_000_000, '14M'],
    [3_500_000, '3.5M'],
    [162_259, '162.3K'],
    [950, '950'],
    [0, '0'],
  ])('formatCompactCount(%p) = %p', (value, expected) => {
    expect(formatCompactCount(value)).toBe(expected);
  });

  it.each([
    [1.5, '1.5×'],
    [14.4, '14.4×'],
    [13.44, '13.44×'],
    [0.1 + 0.2, '0.3×'],
  ])('formatFactor(%p) = %p', (value, expected) => {
    expect(formatFactor(value)).toBe(expected);
  });

  it.each([
    [750, '750 ms'],
    [1500, '1,500 ms'],
    [212.4, '212.4 ms'],
    [681.64, '681.6 ms'],
  ])('formatMs(%p) = %p', (value, expected) => {
    expect(formatMs(value)).toBe(expected);
  });
});
