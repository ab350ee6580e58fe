import { consumptionBands } from './toFleetResponse';

describe('consumptionBands', () => {
  it.each([
    [0, 0],
    [0.05, 0],
    [0.1, 1],
    // 0.3 × 10 is 2.9999999999999996 in binary: still the 30% band
    [0.3, 3],
    [0.7, 7],
    [0.999, 9],
    [1, 10],
    [12.5, 10],
  ])('share %d falls in band %i', (share, band) => {
    const bands = consumptionBands([share]);
    expect(bands.findIndex(b => b.count === 1)).toBe(band);
  });

  it('has tenths, then an open band for overspent budgets', () => {
    const bands = consumptionBands([0.2, 0.25, 1.5]);
    expect(bands).toHaveLength(11);
    expect(bands[2]).toEqual({ from: 0.2, to: 0.3, count: 2 });
    expect(bands[10]).toEqual({ from: 1, to: null, count: 1 });
  });
});
