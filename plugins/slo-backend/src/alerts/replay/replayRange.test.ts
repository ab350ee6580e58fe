import {
  MAX_POINTS,
  pointCount,
  replayRange,
  warmUpSeconds,
} from './replayRange';

const NOW = 1_779_840_000 + 93_600 + 59; // 59 s past a multiple of 240 s
const HOURS_3 = 10_800;

describe('replayRange', () => {
  it.each([
    // lookback days, largest for:, step: the finest whole minute within 11,000 points
    [1, HOURS_3, 60], // (1d + 3h) / 1m + 1 = 1,621 points
    [7, HOURS_3, 60], // (7d + 3h) / 1m + 1 = 10,261
    [8, HOURS_3, 120], // 8d / 1m alone is 11,521; at 2m 5,851
    [15, HOURS_3, 120], // (15d + 3h) / 2m + 1 = 10,891
    [16, HOURS_3, 180], // 16d / 2m is 11,521
    [22, HOURS_3, 180], // (22d + 3h) / 3m + 1 = 10,621
    [23, HOURS_3, 240], // 23d / 3m is 11,041
    [30, HOURS_3, 240], // (30d + 3h) / 4m + 1 = 10,846
    // a 90-day SLO's longest for: (9h38m) pushes 15 days to 3 minutes:
    // (15d + 9h38m) / 2m + 1 = 11,090 > 11,000
    [15, 34_680, 180],
  ])('%s days with for: up to %s s: step %s s', (days, maxFor, step) => {
    const range = replayRange(days, NOW, maxFor);
    expect(range.stepSeconds).toBe(step);
    expect(range.to % step).toBe(0);
    expect(range.to).toBeLessThanOrEqual(NOW);
    expect(NOW - range.to).toBeLessThan(step);
    expect(range.to - range.from).toBe(days * 86400);
    const start = range.from - warmUpSeconds(maxFor, step);
    expect(pointCount(start, range.to, step)).toBeLessThanOrEqual(MAX_POINTS);
  });

  it('rounds the warm-up up to whole steps', () => {
    expect(warmUpSeconds(120, 60)).toBe(120);
    expect(warmUpSeconds(120, 240)).toBe(240);
    expect(warmUpSeconds(900, 240)).toBe(960);
    expect(warmUpSeconds(0, 60)).toBe(0);
  });

  it('counts both ends of a range', () => {
    expect(pointCount(0, 86_400, 60)).toBe(1_441);
    expect(pointCount(0, 59, 60)).toBe(1);
  });
});
