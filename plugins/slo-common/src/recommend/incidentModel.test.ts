import { findExcursions, predictiveWindows } from './incidentModel';

const day = (bad: number, total = 1_000_000) => ({ good: total - bad, total });

describe('findExcursions', () => {
  it('finds incident days, merges runs and cleans them', () => {
    const bad = new Map([
      [5, 50_000],
      [6, 50_000],
      [20, 10_000],
    ]);
    const days = Array.from({ length: 30 }, (_, i) => day(bad.get(i) ?? 100));
    const x = findExcursions(days);
    expect(x.baselineRate).toBeCloseTo(1e-4, 12);
    expect(x.badDays).toBe(3);
    // days 5–6 are one incident: 2 × (49,900 / 1e6) × 1440 min
    expect(x.minutes).toHaveLength(2);
    expect(x.minutes[0]).toBeCloseTo(2 * 0.0499 * 1440, 6);
    expect(x.cleaned[5]).toEqual(day(100));
  });

  it('ignores Poisson noise on low traffic', () => {
    const days = Array.from({ length: 30 }, (_, i) => day(i % 3, 200));
    expect(findExcursions(days).minutes).toHaveLength(0);
  });
});

describe('predictiveWindows', () => {
  const quiet = Array.from({ length: 30 }, () => day(20));

  it('adds fleet-prior incidents to a quiet history', () => {
    const p = predictiveWindows(quiet, 30, { seed: 1, replicates: 500 });
    expect(p.samples).toHaveLength(500);
    expect(p.observedIncidents).toBe(0);
    // Gamma(0.5, 0.5 × 365 / 4 + 30) per day over 30 days
    expect(p.expectedIncidentsPerWindow).toBeCloseTo(
      (0.5 / (0.5 * (365 / 4) + 30)) * 30,
      9,
    );
    const worse = p.samples.filter(a => a < 0.9999).length / 500;
    expect(worse).toBeGreaterThan(0.05);
    expect(worse).toBeLessThan(0.3);
  });

  it('is deterministic and follows the prior', () => {
    const a = predictiveWindows(quiet, 30, { seed: 4, replicates: 200 });
    expect(predictiveWindows(quiet, 30, { seed: 4, replicates: 200 })).toEqual(
      a,
    );
    const calm = predictiveWindows(quiet, 30, {
      seed: 4,
      replicates: 200,
      fleetPrior: { incidentsPerYear: 0.1 },
    });
    const share = (s: number[]) => s.filter(v => v < 0.9999).length;
    expect(share(calm.samples)).toBeLessThan(share(a.samples));
  });

  it('resamples the baseline from the newest days only when asked', () => {
    // 60 days at 1,000 bad in 1e6, then 30 days at 10: the error rate fell
    const drifted = Array.from({ length: 90 }, (_, i) =>
      day(i < 60 ? 1_000 : 10),
    );
    const all = predictiveWindows(drifted, 30, { seed: 2, replicates: 300 });
    const recent = predictiveWindows(drifted, 30, {
      seed: 2,
      replicates: 300,
      baselineDays: 30,
    });
    // Most windows have no incident, so the median window is the baseline:
    // 99.999% from the newest 30 days; resampling all 90 days gives about
    // 1 − (2/3 × 1,000 + 1/3 × 10) / 1e6 ≈ 99.933%
    const median = (s: number[]) => s[Math.floor(s.length / 2)];
    expect(median(recent.samples)).toBeCloseTo(0.99999, 9);
    expect(median(all.samples)).toBeGreaterThan(0.9988);
    expect(median(all.samples)).toBeLessThan(0.9997);
    // the incident rate still uses all 90 days
    expect(recent.expectedIncidentsPerWindow).toBe(
      all.expectedIncidentsPerWindow,
    );
  });
});
