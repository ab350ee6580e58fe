import { formatPercent } from './format';

describe('formatPercent', () => {
  it.each([
    [0.999, undefined, '99.9%'],
    [0.9995, undefined, '99.95%'],
    [0.99999, undefined, '99.999%'],
    [0.99827, 2, '99.82%'],
    [0.9999, 2, '99.99%'],
  ])('%s (%s decimals) → %s', (ratio, decimals, text) => {
    expect(formatPercent(ratio, decimals)).toBe(text);
  });
});
