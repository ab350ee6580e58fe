import { availabilityBudget } from '../../__fixtures__/errorBudget';
import { alertOverview } from './__fixtures__/alerts';
import { liveEventsByWindow, trafficRows, TrafficRow } from './trafficData';

/** Half the traffic, twice the threshold. */
const thresholdAtHalf = (row: TrafficRow) => row.averageThreshold * 2;

const [availability] = alertOverview.slis;

describe('trafficRows', () => {
  it.each([
    // 1,000,000 events over 30 days (2,592,000 s): 1h holds
    // 1e6 × 3600 / 2,592,000 = 1,388.9, so the dynamic threshold is
    // 0.00002 × 720 = 1.44 %, the static one, as expected at average traffic.
    [
      1_000_000,
      [
        ['1h', 1388.889, 0.0144, 0.0288, false],
        ['6h', 8333.333, 0.006, 0.012, false],
        ['1d', 33333.333, 0.003, 0.006, false],
        ['3d', 100000, 0.001, 0.002, false],
      ],
    ],
    // 50,000 events: 1h holds 69.4, under the guard of 100 events.
    [
      50_000,
      [
        ['1h', 69.444, 0.0144, 0.0288, true],
        ['6h', 416.667, 0.006, 0.012, false],
        ['1d', 1666.667, 0.003, 0.006, false],
        ['3d', 5000, 0.001, 0.002, false],
      ],
    ],
  ] as const)('with %s events in the SLO window', (total, expected) => {
    const rows = trafficRows(availability, total);
    expect(rows.map(r => r.window)).toEqual(expected.map(e => e[0]));
    rows.forEach((row, i) => {
      const [, events, threshold, half, belowGuard] = expected[i];
      expect(row.events).toBeNull();
      expect(row.averageEvents).toBeCloseTo(events, 3);
      // Without live counts the threshold is the one at the average rate.
      expect(row.threshold).toBeCloseTo(threshold, 12);
      expect(row.averageThreshold).toBeCloseTo(threshold, 12);
      expect(thresholdAtHalf(row)).toBeCloseTo(half, 12);
      expect(row.belowGuard).toBe(belowGuard);
    });
  });

  it('uses the events each long window holds now', () => {
    // 1,000,000 events in 30 days; the last hour held 2,000 (busier than
    // the average 1,388.9): 0.00002 × 1e6 / 2,000 = 1%, below the static
    // 1.44%. The last day held 20,000 (quieter than 33,333.3):
    // 0.0001 × 1e6 / 20,000 = 0.5%. No count for 6h: the average applies.
    const rows = trafficRows(availability, 1_000_000, {
      '1h': 2_000,
      '1d': 20_000,
      '6h': null,
    });
    expect(
      rows.map(r => [r.window, r.events, r.threshold, r.belowGuard]),
    ).toEqual([
      ['1h', 2_000, expect.closeTo(0.01, 12), false],
      ['6h', null, expect.closeTo(0.006, 12), false],
      ['1d', 20_000, expect.closeTo(0.005, 12), false],
      ['3d', null, expect.closeTo(0.001, 12), false],
    ]);
    // 50 events in the last hour: under the guard of 100, silent.
    expect(
      trafficRows(availability, 1_000_000, { '1h': 50 })[0].belowGuard,
    ).toBe(true);
  });

  it('reads the live counts from the error budget', () => {
    const rates = availabilityBudget.burn_rates;
    expect(
      liveEventsByWindow({
        burn_rates: {
          ...rates,
          // A window Prometheus had no samples for.
          '6h/30m': {
            ...rates['1h/5m'],
            long_window: '6h',
            short_window: '30m',
            long_events: null,
          },
        },
      }),
    ).toEqual({ '1h': 2_000, '1d': 40_000, '6h': null });
    expect(liveEventsByWindow(undefined)).toEqual({});
  });

  it('has no finite threshold without traffic', () => {
    const [first] = trafficRows(availability, 0);
    expect(first.averageEvents).toBe(0);
    expect(first.threshold).toBe(Infinity);
    expect(first.belowGuard).toBe(true);
  });
});
