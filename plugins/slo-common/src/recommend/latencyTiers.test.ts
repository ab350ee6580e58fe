import fc from 'fast-check';
import { latencyTiers } from './latencyTiers';
import { dayOf } from './testHistory';
import { DailySli } from './types';

/** Days with p95 = ½ p99 and p99.9 = 2 p99. */
function withLatency(p99s: number[], total = 1000): DailySli[] {
  return p99s.map((p99, i) => ({
    day: dayOf(i),
    good: total,
    total,
    latencyQuantilesMs: { p50: p99 / 4, p95: p99 / 2, p99, p999: p99 * 2 },
  }));
}

describe('latencyTiers', () => {
  it('gives each tier its own percentile, window quantile and margin', () => {
    // 40 days: p99 = 300 ms, except days 0..9 at 420 ms. 11 windows
    // (s = 0..10) of 30 days; window s holds 10 − s slow days, so its
    // traffic-weighted p99 is 300 + 120 (10 − s) / 30: from 340 (s = 0)
    // down to 300 (s = 10), median (s = 5) 320.
    const history = withLatency(
      Array.from({ length: 40 }, (_, i) => (i < 10 ? 420 : 300)),
    );
    const tiers = latencyTiers(history)!;
    // conservative: p99.9 (2 × p99) of the slowest window, 680 × 1.1 = 748
    expect(tiers.conservative.percentile).toBe('p99.9');
    expect(tiers.conservative.observedMs).toBeCloseTo(680, 9);
    expect(tiers.conservative.targetMs).toBe(750);
    // balanced: p99 of the median window, 320 × 1.1 = 352 → 400
    expect(tiers.balanced.percentile).toBe('p99');
    expect(tiers.balanced.observedMs).toBeCloseTo(320, 9);
    expect(tiers.balanced.targetMs).toBe(400);
    // aggressive: p95 (½ p99) of the median window, 160, no margin → 200
    expect(tiers.aggressive.percentile).toBe('p95');
    expect(tiers.aggressive.observedMs).toBeCloseTo(160, 9);
    expect(tiers.aggressive.targetMs).toBe(200);
    // no window above its target: 0.5 / 12 each
    for (const t of [tiers.conservative, tiers.balanced, tiers.aggressive]) {
      expect(t.breaches).toBe(0);
      expect(t.windows).toBe(11);
      expect(t.breachProbability).toBeCloseTo(0.5 / 12, 12);
    }
  });

  it('counts windows over the target', () => {
    // slow days at 1000 ms: p99(s) = 300 + 700 (10 − s) / 30, p95 half that.
    const history = withLatency(
      Array.from({ length: 40 }, (_, i) => (i < 10 ? 1000 : 300)),
    );
    const tiers = latencyTiers(history)!;
    // aggressive: median window s = 5, p95 = (300 + 116.7) / 2 = 208.3 → 250;
    // windows with p95 above 250: 350 (10 − s) / 30 > 100 → s ≤ 1: 2 of 11
    expect(tiers.aggressive.observedMs).toBeCloseTo(625 / 3, 9);
    expect(tiers.aggressive.targetMs).toBe(250);
    expect(tiers.aggressive.breaches).toBe(2);
    expect(tiers.aggressive.breachProbability).toBeCloseTo(2.5 / 12, 12);
  });

  it('uses only the days that report a percentile', () => {
    // p99.9 missing everywhere: no data for the conservative tier, so no
    // tiers at all without a prior (a fallback to p99 would understate it).
    const history = withLatency(Array(40).fill(300)).map(d => ({
      ...d,
      latencyQuantilesMs: { p95: 150, p99: 300 },
    }));
    expect(latencyTiers(history)).toBeUndefined();
    const blended = latencyTiers(history, {
      prior: { p99Ms: 500, dataWeight: 1 },
    })!;
    // conservative falls back to the prior: 2 × 500
    expect(blended.conservative.targetMs).toBe(1000);
    expect(blended.conservative.windows).toBe(0);
    expect(blended.balanced.targetMs).toBe(400); // 330 → 400
  });

  it('blends a cold-start prior and falls back to it without data', () => {
    // 10 days at p99 100 ms, data weight 1/3, backend prior p99 500 ms:
    // balanced 1/3 × 110 + 2/3 × 500 = 370 → 400
    const tiers = latencyTiers(withLatency(Array(10).fill(100)), {
      prior: { p99Ms: 500, dataWeight: 1 / 3 },
    })!;
    expect(tiers.balanced.targetMs).toBe(400);
    // conservative 1/3 × 220 + 2/3 × 1000 = 740 → 750
    expect(tiers.conservative.targetMs).toBe(750);
    // aggressive 1/3 × 50 + 2/3 × 250 = 183.3 → 200
    expect(tiers.aggressive.targetMs).toBe(200);
    const none = latencyTiers([], { prior: { p99Ms: 500, dataWeight: 0 } })!;
    expect([
      none.conservative.targetMs,
      none.balanced.targetMs,
      none.aggressive.targetMs,
    ]).toEqual([1000, 500, 250]);
    expect(none.balanced.observedMs).toBeUndefined();
    expect(none.balanced.breachProbability).toBe(0.5);
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
            expect(fast[t].targetMs).toBeLessThanOrEqual(slow[t].targetMs);
          }
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });
});
