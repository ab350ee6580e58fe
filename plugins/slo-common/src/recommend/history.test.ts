import {
  dayOfWeek,
  historyCoverage,
  isDataDay,
  normaliseHistory,
} from './history';

describe('normaliseHistory', () => {
  it('sorts, fills missing dates with gap days and cuts the lookback', () => {
    const out = normaliseHistory(
      [
        { day: '2026-01-04', good: 9, total: 10 },
        { day: '2026-01-01', good: 5, total: 5 },
        { day: '2026-01-02', good: 0, total: 0, gap: true },
      ],
      3,
    );
    // 01-04 back 3 days: 01-02 (gap), 01-03 (missing → gap), 01-04
    expect(out.map(d => [d.day, isDataDay(d)])).toEqual([
      ['2026-01-02', false],
      ['2026-01-03', false],
      ['2026-01-04', true],
    ]);
    expect(historyCoverage(out)).toEqual({
      days: 3,
      dataDays: 1,
      gapDays: 2,
      completeness: 1 / 3,
    });
  });

  it('rejects duplicates, bad dates and impossible counts', () => {
    const d = { day: '2026-01-01', good: 1, total: 1 };
    expect(() => normaliseHistory([d, d])).toThrow(RangeError);
    expect(() => normaliseHistory([{ ...d, day: '2026-13-01' }])).toThrow();
    expect(() => normaliseHistory([{ ...d, good: 2 }])).toThrow(RangeError);
  });

  it('handles an empty history', () => {
    expect(normaliseHistory([])).toEqual([]);
    expect(historyCoverage([]).completeness).toBe(0);
  });

  it.each([
    ['2026-02-14', 6], // a Saturday
    ['2026-02-15', 0], // a Sunday
    ['2026-02-16', 1],
  ])('%s is weekday %s', (day, dow) => {
    expect(dayOfWeek(day)).toBe(dow);
  });
});
