import { breachProbability } from './breachProbability';
import { DailySli } from './types';

function day(i: number): string {
  return new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
}

function steady(days: number, good = 9_995): DailySli[] {
  return Array.from({ length: days }, (_, i) => ({
    day: day(i),
    good,
    total: 10_000,
  }));
}

describe('breachProbability', () => {
  it('is small but above zero for a service that always meets its target', () => {
    // 90 days at 99.95% → 61 windows, none below 99.9%: 0.5 / 62
    const e = breachProbability(steady(90), 0.999, { seed: 1 });
    expect(e).toEqual({
      probability: 0.5 / 62,
      breaches: 0,
      windows: 61,
      independentWindows: 3,
      method: 'rolling-windows',
    });
  });

  it('counts windows below the target', () => {
    // 40 days; day 35 is an outage (0 good): windows starting 6..10 contain it
    const h = steady(40);
    h[35] = { ...h[35], good: 0 };
    // those 5 windows: (29 × 9,995) / 300,000 = 0.96618… < 0.999
    const e = breachProbability(h, 0.999, { seed: 1 });
    expect(e.windows).toBe(11);
    expect(e.breaches).toBe(5);
    expect(e.probability).toBeCloseTo(5.5 / 12, 12);
  });

  it('falls back to block-bootstrapped windows on a short history', () => {
    const h = steady(10);
    h[4] = { ...h[4], good: 9_000 }; // 90% day
    const e = breachProbability(h, 0.999, { seed: 1 });
    expect(e.method).toBe('block-bootstrap');
    expect(e.windows).toBe(1000);
    // a synthetic month with no copy of day 4 is at 99.95%, with one or more
    // it is at most (29 × 9,995 + 9,000) / 300,000 = 0.99618 → breach
    expect(e.breaches).toBeGreaterThan(0);
    expect(e.breaches).toBeLessThan(1000);
    expect(breachProbability(h, 0.999, { seed: 1 })).toEqual(e);
  });

  it('returns the uninformed 0.5 without data', () => {
    const e = breachProbability([], 0.999, { seed: 1 });
    expect(e).toMatchObject({ probability: 0.5, method: 'no-data' });
  });
});
