import {
  formatPromDuration,
  parsePromDuration,
  promqlNumber,
  promqlString,
} from './promql';

describe('promql helpers', () => {
  it.each([
    [300, '5m'],
    [3600, '1h'],
    [3840, '1h4m'],
    [150, '2m30s'],
    [345600, '4d'],
    [2592000, '30d'],
  ])('formats %s s as %s and back', (s, text) => {
    expect(formatPromDuration(s)).toBe(text);
    expect(parsePromDuration(text)).toBe(s);
  });

  it('escapes strings', () => {
    expect(promqlString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });

  it('prints numbers without float noise', () => {
    expect(promqlNumber(14.4 * 0.001)).toBe('0.0144');
    expect(promqlNumber((1 / 48) * 0.001)).toBe('0.0000208333333333');
  });
});
