import {
  availabilityTiers,
  observedLevels,
  tierTarget,
  volumeCap,
} from './availabilityTiers';
import { dayOf, historyOf, twoIncidentHistory } from './testHistory';
import { DailySli } from './types';

const OPTIONS = { windowDays: 30, seed: 7, replicates: 300 };

describe('volumeCap', () => {
  it.each([
    [undefined, 1],
    [1000, 1 - 10 / 30_000], // 0.99966…
    [100, 1 - 10 / 3_000],
  ])('%s events a day caps at %s', (daily, cap) => {
    expect(volumeCap(daily, 30)).toBeCloseTo(cap, 12);
  });
});

describe('tierTarget', () => {
  it.each([
    // level, bound, daily events, target, capped by
    [0.99957, undefined, undefined, 0.9995, undefined],
    [0.99957, 0.9992, undefined, 0.999, 'composite-bound'],
    [0.99991, undefined, 1000, 0.9995, 'traffic-volume'], // cap 0.99967
    [0.99991, 0.9996, 1000, 0.9995, 'composite-bound'], // bound below cap
    [1, undefined, undefined, 0.99999, undefined],
  ])('level %s, bound %s, %s/day → %s', (level, bound, daily, target, by) => {
    expect(
      tierTarget(level, { windowDays: 30, bound, dailyEvents: daily }),
    ).toEqual({ target, cappedBy: by });
  });
});

describe('availabilityTiers', () => {
  const history = twoIncidentHistory();
  const levels = observedLevels(history, 30)!;

  it('starts from the worst, median and upper-quartile windows', () => {
    // 31 sorted windows: 6 × 0.999416, 15 × 0.99957967, 10 × 0.99991
    expect(levels.conservative).toBeCloseTo(1 - 17_520 / 30e6, 12);
    expect(levels.balanced).toBeCloseTo(1 - 12_610 / 30e6, 12); // index 15
    expect(levels.aggressive).toBeCloseTo(1 - 2_700 / 30e6, 12); // h = 22.5
  });

  it('rounds down the ladder with budgets and breach odds', () => {
    const tiers = availabilityTiers(history, { ...OPTIONS, levels });
    expect(tiers.conservative).toMatchObject({
      target: 0.999,
      targetPercent: 99.9,
      breachProbability: 0.5 / 32, // no window below 99.9%
    });
    expect(tiers.balanced).toMatchObject({
      target: 0.9995,
      targetPercent: 99.95,
      breachProbability: 6.5 / 32, // the 6 windows with both incidents
    });
    expect(tiers.aggressive).toMatchObject({
      target: 0.9999,
      breachProbability: 21.5 / 32, // 21 windows hold day 20
    });
    // (1 - target) × 30 × 1440
    expect(tiers.conservative.errorBudgetMonthlyMinutes).toBeCloseTo(43.2, 9);
    expect(tiers.balanced.errorBudgetMonthlyMinutes).toBeCloseTo(21.6, 9);
    expect(tiers.aggressive.errorBudgetMonthlyMinutes).toBeCloseTo(4.32, 9);
    for (const t of Object.values(tiers)) {
      const [lo, hi] = t.confidenceInterval!;
      expect(lo).toBeLessThanOrEqual(hi);
    }
  });

  it('caps every tier at the composite bound', () => {
    const tiers = availabilityTiers(history, {
      ...OPTIONS,
      levels,
      bound: 0.99945,
    });
    expect(tiers.conservative).toMatchObject({ target: 0.999 });
    expect(tiers.conservative.cappedBy).toBeUndefined(); // 0.999416 < bound
    expect(tiers.balanced).toMatchObject({
      target: 0.999,
      cappedBy: 'composite-bound',
    });
    expect(tiers.aggressive).toMatchObject({
      target: 0.999,
      cappedBy: 'composite-bound',
    });
  });

  it('does not count gap days as zeros', () => {
    const steady = historyOf(60, () => 100); // 99.99% every day
    const withGaps: DailySli[] = steady.map((d, i) =>
      i % 9 === 4 ? { day: d.day, good: 0, total: 0, gap: true } : d,
    );
    withGaps.splice(30, 1); // and one day missing entirely
    expect(withGaps.some(d => d.day === dayOf(30))).toBe(false);
    const gapLevels = observedLevels(withGaps, 30)!;
    expect(gapLevels.conservative).toBeCloseTo(0.9999, 12);
    const tiers = availabilityTiers(withGaps, {
      ...OPTIONS,
      levels: gapLevels,
    });
    expect(tiers.conservative.target).toBe(0.9999);
  });

  it('is undefined without a full window', () => {
    expect(
      observedLevels(
        historyOf(29, () => 0),
        30,
      ),
    ).toBeUndefined();
  });
});
