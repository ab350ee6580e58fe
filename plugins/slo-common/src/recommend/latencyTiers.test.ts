import fc from 'fast-check';
import { latencyTiers } from './latencyTiers';
import { dayOf } from './testHistory';
import { DailySli } from './types';

function withLatency(p99s: number[], total = 1000): DailySli[] {
  return p99s.map((p99, i) => ({
    day: dayOf(i),
    good: total,
    total,
    latencyQuantilesMs: { p50: p99 / 4, p95: p99 / 2, p99, p999: p99 * 2 },
  }));
}

describe('latencyTiers', () => {
  it('takes window quantiles plus margin, rounded up', () => {
    // 40 days: p99 = 300 ms, except days 0..9 at 420 ms.
    // 11 windows (s = 0..10) of 30 days, traffic-weighted means:
    // s holds 10 - s slow days → p99 = 300 + 120 (10 - s) / 30
    // s=0: 340, s=10: 300; median (s=5): 320
    const history = withLatency(
      Array.from({ length: 40 }, (_, i) => (i < 10 ? 420 : 300)),
    );
    const tiers = latencyTiers(history)!;
    expect(tiers.conservative.observedP99Ms).toBeCloseTo(340, 9);
    expect(tiers.conservative.p99Ms).toBe(500); // 340 × 1.2 = 408 → 500
    expect(tiers.balanced.observedP99Ms).toBeCloseTo(320, 9);
    expect(tiers.balanced.p99Ms).toBe(400); // 320 × 1.1 = 352 → 400
    // sorted ascending 300, 304, …, 340: q0.25 → h = 2.5 → 310
    expect(tiers.aggressive.observedP99Ms).toBeCloseTo(310, 9);
    expect(tiers.aggressive.p99Ms).toBe(400); // 310 → 400
    expect(tiers.balanced.p95Ms).toBe(200); // 160 × 1.1 = 176 → 200
    // no window above 500/400 ms: breach 0.5 / 12
    expect(tiers.conservative.breachProbability).toBeCloseTo(0.5 / 12, 12);
  });

  it('counts windows over the target', () => {
    // slow days at 1000 ms: p99(s) = 300 + 700 (10 - s) / 30
    const history = withLatency(
      Array.from({ length: 40 }, (_, i) => (i < 10 ? 1000 : 300)),
    );
    const tiers = latencyTiers(history)!;
    // aggressive q0.25 (h = 2.5): 300 + 700 × 2.5 / 30 = 358.3 → 400;
    // windows above 400 ms: 700 (10 - s) / 30 > 100 → s ≤ 5: 6 of 11
    expect(tiers.aggressive.p99Ms).toBe(400);
    expect(tiers.aggressive.breaches).toBe(6);
    expect(tiers.aggressive.breachProbability).toBeCloseTo(6.5 / 12, 12);
  });

  it('blends a cold-start prior and falls back to it without data', () => {
    // 10 days at 100 ms, weight 1/3, backend prior 500 (tiers 750/500/400)
    const tiers = latencyTiers(withLatency(Array(10).fill(100)), {
      prior: { p99Ms: 500, dataWeight: 1 / 3 },
    })!;
    // balanced: 110/3 + 2/3 × 500 = 370 → 400
    expect(tiers.balanced.p99Ms).toBe(400);
    const none = latencyTiers([], { prior: { p99Ms: 500, dataWeight: 0 } })!;
    expect([
      none.conservative.p99Ms,
      none.balanced.p99Ms,
      none.aggressive.p99Ms,
    ]).toEqual([750, 500, 400]);
    expect(none.balanced.p95Ms).toBeUndefined();
    expect(latencyTiers([])).toBeUndefined();
  });

  it('never raises a target when every day gets faster', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 3000 }), {
          minLength: 5,
          maxLength: 50,
        }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        (p99s, factor) => {
          const slow = latencyTiers(withLatency(p99s))!;
          const fast = latencyTiers(withLatency(p99s.map(v => v * factor)))!;
          for (const t of ['conservative', 'balanced', 'aggressive'] as const) {
            expect(fast[t].p99Ms).toBeLessThanOrEqual(slow[t].p99Ms);
          }
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });
});
