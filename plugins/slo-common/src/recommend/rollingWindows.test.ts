import { rollingWindows } from './rollingWindows';
import { DailySli } from './types';

function day(i: number): string {
  return new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
}

describe('rollingWindows', () => {
  it('uses the ratio of sums, not the mean of daily ratios', () => {
    const history: DailySli[] = [
      { day: day(0), good: 90, total: 100 }, // 0.9
      { day: day(1), good: 10, total: 10 }, // 1.0
      { day: day(2), good: 999, total: 1000 },
    ];
    const windows = rollingWindows(history, { windowDays: 2 });
    // (90 + 10) / 110 = 0.90909…, mean of ratios would be 0.95
    // (10 + 999) / 1010 = 0.999009…
    expect(windows.map(w => w.availability)).toEqual([100 / 110, 1009 / 1010]);
    expect(windows[0]).toMatchObject({
      start: day(0),
      end: day(1),
      total: 110,
    });
  });

  it('skips gap days instead of counting them as zeros', () => {
    const history: DailySli[] = [
      { day: day(0), good: 99, total: 100 },
      { day: day(1), good: 0, total: 0, gap: true },
      { day: day(3), good: 98, total: 100 }, // day(2) missing → gap
    ];
    const windows = rollingWindows(history, { windowDays: 4 });
    // one 4-day window, 2 data days: 197 / 200
    expect(windows).toEqual([
      {
        start: day(0),
        end: day(3),
        good: 197,
        total: 200,
        dataDays: 2,
        availability: 0.985,
      },
    ]);
  });

  it('drops windows below the coverage threshold', () => {
    const history: DailySli[] = [
      { day: day(0), good: 1, total: 1 },
      { day: day(3), good: 1, total: 1 },
    ];
    // 4-day window with 2 data days: kept at 0.5, dropped at 0.75
    expect(rollingWindows(history, { windowDays: 4 })).toHaveLength(1);
    expect(
      rollingWindows(history, { windowDays: 4, minCoverage: 0.75 }),
    ).toHaveLength(0);
  });

  it.each([
    [30, 31], // 60 days → 31 windows of 30
    [28, 33],
  ])('a 60-day history has %s-day windows: %s', (windowDays, count) => {
    const history = Array.from({ length: 60 }, (_, i) => ({
      day: day(i),
      good: 999,
      total: 1000,
    }));
    const windows = rollingWindows(history, { windowDays });
    expect(windows).toHaveLength(count);
    windows.forEach(w => expect(w.availability).toBeCloseTo(0.999, 12));
  });
});
