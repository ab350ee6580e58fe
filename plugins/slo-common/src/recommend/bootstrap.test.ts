import {
  bootstrapAvailabilityCi,
  circularBlockResample,
  percentileInterval,
} from './bootstrap';
import { mulberry32 } from './rng';
import { DailySli } from './types';

function day(i: number): string {
  return new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
}

/** Days of 10,000 requests; every 10th day is an incident day at 99%. */
function history(days: number): DailySli[] {
  return Array.from({ length: days }, (_, i) => ({
    day: day(i),
    good: i % 10 === 3 ? 9_900 : 9_995,
    total: 10_000,
  }));
}

describe('circularBlockResample', () => {
  it('draws whole runs of consecutive items, wrapping around', () => {
    const out = circularBlockResample([0, 1, 2, 3, 4], 12, 3, mulberry32(5));
    expect(out).toHaveLength(12);
    for (let b = 0; b < 12; b += 3) {
      // inside a block each item follows its predecessor mod 5
      expect(out[b + 1]).toBe((out[b] + 1) % 5);
      expect(out[b + 2]).toBe((out[b] + 2) % 5);
    }
  });

  it('rejects an empty series', () => {
    expect(() => circularBlockResample([], 3, 2, mulberry32(1))).toThrow();
  });
});

describe('percentileInterval', () => {
  it('takes the 2.5% and 97.5% quantiles', () => {
    const values = Array.from({ length: 41 }, (_, i) => i); // 0..40
    // h = 40 × 0.025 = 1 and 40 × 0.975 = 39
    const [lower, upper] = percentileInterval(values);
    expect(lower).toBeCloseTo(1, 12);
    expect(upper).toBeCloseTo(39, 12);
  });
});

describe('bootstrapAvailabilityCi', () => {
  it('contains the point estimate and is reproducible', () => {
    const h = history(60);
    const ci = bootstrapAvailabilityCi(h, { seed: 1 });
    // 6 incident days at 0.99 and 54 at 0.9995: 0.99905
    expect(ci.estimate).toBeCloseTo((6 * 9_900 + 54 * 9_995) / 600_000, 12);
    expect(ci.lower).toBeLessThanOrEqual(ci.estimate);
    expect(ci.upper).toBeGreaterThanOrEqual(ci.estimate);
    expect(bootstrapAvailabilityCi(h, { seed: 1 })).toEqual(ci);
  });

  it('narrows with more data', () => {
    const short = bootstrapAvailabilityCi(history(30), { seed: 3 });
    const long = bootstrapAvailabilityCi(history(120), { seed: 3 });
    expect(long.upper - long.lower).toBeLessThan(short.upper - short.lower);
  });

  it('ignores gap days', () => {
    const h: DailySli[] = [
      ...history(20),
      { day: day(20), good: 0, total: 0, gap: true },
    ];
    expect(bootstrapAvailabilityCi(h, { seed: 1 }).dataDays).toBe(20);
    expect(() =>
      bootstrapAvailabilityCi([{ day: day(0), good: 0, total: 0, gap: true }], {
        seed: 1,
      }),
    ).toThrow(RangeError);
  });
});
