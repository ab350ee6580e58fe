import {
  BALANCED_BREACH_BOUND,
  calibration,
  evaluationWindows,
  generateFleet,
  oracleTarget,
  runBacktest,
  scoreTarget,
  utilisation,
} from './backtest';

describe('backtest metrics', () => {
  it('scores breaches and capped budget utilisation', () => {
    expect(utilisation(0.9995, 0.999)).toBeCloseTo(0.5);
    expect(utilisation(0.99, 0.999)).toBe(1);
    expect(scoreTarget([0.9995, 0.99, 0.9999], 0.999)).toEqual({
      breachRate: 1 / 3,
      utilisation: expect.closeTo((0.5 + 1 + 0.1) / 3, 9),
    });
  });

  it('gives the oracle the highest ladder target within the bound', () => {
    // 20 windows, bound 5%: one may breach, so the 2nd worst (0.99962) sets
    // the target, rounded down to 99.95%.
    const windows = [0.998, 0.99962, ...new Array(18).fill(0.99999)];
    expect(oracleTarget(windows, 0.05)).toBe(0.9995);
    expect(oracleTarget(windows, 0)).toBe(0.995);
    expect(scoreTarget(windows, oracleTarget(windows, 0.05)).breachRate).toBe(
      0.05,
    );
  });

  it('computes ECE over bins and the Brier score', () => {
    const c = calibration([
      { probability: 0.25, observed: 0.25, weight: 100 },
      { probability: 0.05, observed: 0.15, weight: 100 },
    ]);
    expect(c.ece).toBeCloseTo(0.05);
    // 0.5 × (0.25·0.75² + 0.75·0.25²) + 0.5 × (0.15·0.95² + 0.85·0.05²)
    expect(c.brier).toBeCloseTo(0.5 * 0.1875 + 0.5 * 0.1375, 9);
    expect(c.bins.map(b => b.lower)).toEqual([0, 0.2]);
  });

  it('slides evaluation windows after the training days only', () => {
    const history = Array.from({ length: 70 }, (_, i) => ({
      day: `d${i}`,
      good: i < 30 ? 0 : 99,
      total: 100,
    }));
    const w = evaluationWindows(history, 30, 30);
    expect(w).toHaveLength(11);
    expect(w.every(a => a === 0.99)).toBe(true);
    expect(evaluationWindows(history, 30, 30, 30)).toHaveLength(1);
  });
});

describe('synthetic fleet', () => {
  it('is deterministic and has the failure processes it claims', () => {
    const a = generateFleet({ services: 40, days: 210, seed: 3 });
    const b = generateFleet({ services: 40, days: 210, seed: 3 });
    expect(a).toEqual(b);
    const of = (c: string) => a.filter(s => s.process.serviceClass === c);
    expect(of('stable')).toHaveLength(14);
    expect(of('heavy-tailed')).toHaveLength(14);
    expect(of('stable').every(s => s.outageMinutes.every(m => m === 0))).toBe(
      true,
    );
    // Rare long outages: some heavy-tailed service is down for hours.
    const longest = Math.max(
      ...of('heavy-tailed').flatMap(s => s.outageMinutes),
    );
    expect(longest).toBeGreaterThanOrEqual(360);
    expect(of('low-traffic').every(s => s.process.dailyEvents <= 2_000)).toBe(
      true,
    );
  });
});

describe('backtest summary (60 services, seed 42)', () => {
  const result = runBacktest({ services: 60, seed: 42 });
  const balanced = (g: 'all' | 'stable' | 'heavy-tailed') =>
    result.summary[g]!.balanced;

  it('scores 151 rolling windows after 30 training days', () => {
    expect(result.options.trainDays).toBe(30);
    expect(result.windowsPerService).toBe(151);
    expect(result.services).toHaveLength(60);
  });

  it('keeps the oracle within the 5% breach bound', () => {
    for (const s of result.services) {
      expect(s.tiers.balanced.oracleBreachRate).toBeLessThanOrEqual(
        BALANCED_BREACH_BOUND,
      );
    }
  });

  it('meets the balanced bounds on stable services', () => {
    expect(balanced('stable').breachRate).toBeLessThanOrEqual(
      BALANCED_BREACH_BOUND,
    );
    expect(balanced('stable').shareOfOracle).toBeGreaterThanOrEqual(0.9);
  });

  // Known gaps, documented in docs/recommendations.md ("Backtest"): from
  // one 30-day window the three tiers coincide and every stated breach
  // probability is the Jeffreys value for 0 of 1 windows, 0.25. These
  // pin the measured values (with a margin) so a regression fails and an
  // improvement shows up as a reason to tighten them to the bounds.
  it('collapses the tiers and states 0.25 from a single window', () => {
    for (const s of result.services) {
      expect(s.tiers.conservative.target).toBe(s.tiers.aggressive.target);
      expect(s.tiers.balanced.breachProbability).toBeCloseTo(0.25);
    }
  });

  it('stays within the measured fleet breach rate and calibration', () => {
    // Measured: 13.4% of windows (heavy-tailed 25.7%); ECE 0.116, Brier 0.130.
    expect(balanced('all').breachRate).toBeLessThanOrEqual(0.2);
    expect(balanced('heavy-tailed').breachRate).toBeLessThanOrEqual(0.35);
    expect(result.calibration.ece).toBeLessThanOrEqual(0.15);
    expect(result.calibration.brier).toBeLessThanOrEqual(0.16);
  });
});
