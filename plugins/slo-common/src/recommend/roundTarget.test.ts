import {
  availabilityStepDown,
  availabilityStepUp,
  latencyStepDown,
  latencyStepUp,
  roundAvailabilityDown,
  roundLatencyUp,
} from './roundTarget';

describe('roundAvailabilityDown', () => {
  it.each([
    [1, 0.99999],
    [0.99999, 0.99999],
    [0.999989, 0.99995],
    [0.99992, 0.9999],
    [0.99982, 0.9995], // 99.982% is below 99.99
    [0.99948, 0.999],
    [0.9995, 0.9995],
    [0.9989999999999999, 0.999], // float noise counts as 99.9%
    [0.9949, 0.99],
    [0.97, 0.95],
    [0.9, 0.9],
    [0.873, 0.87], // below the ladder: whole percent
    [0.004, 0.01],
  ])('%s → %s', (ratio, target) => {
    expect(roundAvailabilityDown(ratio)).toBe(target);
  });

  it('rejects ratios outside (0, 1]', () => {
    expect(() => roundAvailabilityDown(0)).toThrow(RangeError);
    expect(() => roundAvailabilityDown(1.1)).toThrow(RangeError);
  });

  it.each([
    [0.999, 0.995, 0.9995],
    [0.9, 0.89, 0.95],
    [0.99999, 0.99995, 0.99999],
  ])('steps around %s: down %s, up %s', (t, down, up) => {
    expect(availabilityStepDown(t)).toBeCloseTo(down, 12);
    expect(availabilityStepUp(t)).toBe(up);
  });
});

describe('roundLatencyUp', () => {
  it.each([
    [0.3, 1],
    [4, 5],
    [11, 20],
    [21, 25],
    [76, 100],
    [101, 150],
    [201, 250],
    [301, 400],
    [501, 750],
    [751, 1000],
    [1001, 1500],
    [2001, 2500],
    [3001, 4000],
    [4500, 5000],
    [5001, 7500],
    [12_000, 15_000],
    [200, 200],
  ])('%s ms → %s ms', (ms, target) => {
    expect(roundLatencyUp(ms)).toBe(target);
  });

  it('rejects non-positive latency', () => {
    expect(() => roundLatencyUp(0)).toThrow(RangeError);
  });

  it.each([
    [200, 150, 250],
    [500, 400, 750],
    [75, 50, 100],
    [1, 1, 2],
  ])('steps around %s ms: down %s, up %s', (ms, down, up) => {
    expect(latencyStepDown(ms)).toBe(down);
    expect(latencyStepUp(ms)).toBe(up);
  });
});
