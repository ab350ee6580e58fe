import { dayOfWeekUtc, trafficFactor } from './seasonality';

const spec = { dailyAmplitude: 0.45, peakHourUtc: 19, weekendFactor: 1.15 };
// 2026-11-23 is a Monday.
const MONDAY = Date.UTC(2026, 10, 23) / 1000;

describe('trafficFactor', () => {
  it('knows the weekday', () => {
    expect(dayOfWeekUtc(0)).toBe(4); // 1970-01-01, Thursday
    expect(dayOfWeekUtc(MONDAY)).toBe(1);
    expect(dayOfWeekUtc(MONDAY + 5 * 86400)).toBe(6);
  });

  it('peaks at the peak hour', () => {
    // weekday: (1 + 0.45) * 7 / (5 + 2 * 1.15) = 1.3904109589
    expect(trafficFactor(spec, MONDAY + 19 * 3600)).toBeCloseTo(
      1.3904109589041096,
      9,
    );
    // 12 hours later the sine is at its trough: (1 - 0.45) * 7 / 7.3
    expect(trafficFactor(spec, MONDAY + 7 * 3600)).toBeCloseTo(
      (0.55 * 7) / 7.3,
      9,
    );
    // Saturday peak is 1.15 times the weekday peak
    expect(trafficFactor(spec, MONDAY + 5 * 86400 + 19 * 3600)).toBeCloseTo(
      1.15 * 1.3904109589041096,
      9,
    );
  });

  it('averages to 1 over a week', () => {
    let sum = 0;
    let n = 0;
    for (let t = MONDAY; t < MONDAY + 7 * 86400; t += 60) {
      sum += trafficFactor(spec, t + 30);
      n++;
    }
    expect(sum / n).toBeCloseTo(1, 9);
  });

  it('is 1 without a spec', () => {
    expect(trafficFactor(undefined, MONDAY)).toBe(1);
  });
});
