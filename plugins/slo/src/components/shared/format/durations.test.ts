import { formatBudgetMinutes, formatMinutes } from './durations';
import { NO_VALUE } from './numbers';

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [0.5, '30 s'],
    [12, '12 min'],
    // 30 days at 99.9%: 43,200 min × 0.001.
    [43.2, '43.2 min'],
    [17.28, '17.3 min'],
    [59.97, '1 h'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    // Rounds to the minute above an hour, carrying into the hours.
    [119.7, '2 h'],
    [150, '2 h 30 min'],
    [380.16, '6 h 20 min'],
    // 30 days at 99%: 432 min = 7 h 12 min.
    [432, '7 h 12 min'],
    [780, '13 h'],
    // Two days and more in days and hours: 3000 min = 50 h.
    [3000, '2 d 2 h'],
    [4320, '3 d'],
    [-5.184, '−5.2 min'],
    [-90, '−1 h 30 min'],
    [null, NO_VALUE],
    [undefined, NO_VALUE],
    [Number.NaN, NO_VALUE],
  ])('%p minutes is %p', (minutes, expected) => {
    expect(formatMinutes(minutes)).toBe(expected);
  });
});

describe('formatBudgetMinutes', () => {
  // (1 − target) × 30 × 1440 for 99.9%, 99.95%, 99.5%, 99%, 98%.
  it.each([
    [43.2, '43.2 min'],
    [21.6, '21.6 min'],
    [216, '216 min (3 h 36 min)'],
    [432, '432 min (7 h 12 min)'],
    [864, '864 min (14 h 24 min)'],
    [60, '60 min (1 h)'],
    // 95% over 30 days: 2,160 min = 36 h.
    [2160, '2,160 min (36 h)'],
    [0, '0 min'],
  ])('%p minutes is %p', (minutes, expected) => {
    expect(formatBudgetMinutes(minutes)).toBe(expected);
  });
});
