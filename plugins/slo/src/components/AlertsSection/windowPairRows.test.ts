import { AlertSliOverview } from '@slo-engine/plugin-slo-common';
import { alertOverview, pairBodies } from './__fixtures__/alerts';
import { windowPairRows } from './windowPairRows';

const [availability, latency] = alertOverview.slis;

const pyrra28: AlertSliOverview = {
  ...availability,
  window_days: 28,
  window_source: 'pyrra-28d',
  pairs: {
    static: pairBodies(28, 0.999, 'static'),
    dynamic: pairBodies(28, 0.999, 'dynamic'),
  },
};

describe('windowPairRows', () => {
  it.each([
    // 30 days, 99.9 %: SRE Workbook factors × 0.001; dynamic base is the
    // budget share × 0.001 (0.02 × 0.001 = 0.00002 = 0.002 %).
    [
      availability,
      [
        [
          '1h/5m',
          'page',
          '2m',
          '2%',
          '14.4× burn rate: 1.44% errors',
          '0.002% × events in 30d ÷ events in 1h',
        ],
        [
          '6h/30m',
          'page',
          '15m',
          '5%',
          '6× burn rate: 0.6% errors',
          '0.005% × events in 30d ÷ events in 6h',
        ],
        [
          '1d/2h',
          'ticket',
          '1h',
          '10%',
          '3× burn rate: 0.3% errors',
          '0.01% × events in 30d ÷ events in 1d',
        ],
        [
          '3d/6h',
          'ticket',
          '3h',
          '10%',
          '1× burn rate: 0.1% errors',
          '0.01% × events in 30d ÷ events in 3d',
        ],
      ],
    ],
    // 99 %: ten times the error ratios.
    [
      latency,
      [
        [
          '1h/5m',
          'page',
          '2m',
          '2%',
          '14.4× burn rate: 14.4% errors',
          '0.02% × events in 30d ÷ events in 1h',
        ],
        [
          '6h/30m',
          'page',
          '15m',
          '5%',
          '6× burn rate: 6% errors',
          '0.05% × events in 30d ÷ events in 6h',
        ],
        [
          '1d/2h',
          'ticket',
          '1h',
          '10%',
          '3× burn rate: 3% errors',
          '0.1% × events in 30d ÷ events in 1d',
        ],
        [
          '3d/6h',
          'ticket',
          '3h',
          '10%',
          '1× burn rate: 1% errors',
          '0.1% × events in 30d ÷ events in 3d',
        ],
      ],
    ],
    // 28 days: Pyrra's 1/48, 1/16, 1/14, 1/7 of the budget at 14, 7, 2, 1×.
    [
      pyrra28,
      [
        [
          '1h/5m',
          'page',
          '2m',
          '2.08%',
          '14× burn rate: 1.4% errors',
          '0.00208% × events in 28d ÷ events in 1h',
        ],
        [
          '6h/30m',
          'page',
          '15m',
          '6.25%',
          '7× burn rate: 0.7% errors',
          '0.00625% × events in 28d ÷ events in 6h',
        ],
        [
          '1d/2h',
          'ticket',
          '1h',
          '7.14%',
          '2× burn rate: 0.2% errors',
          '0.00714% × events in 28d ÷ events in 1d',
        ],
        [
          '4d/6h',
          'ticket',
          '3h',
          '14.29%',
          '1× burn rate: 0.1% errors',
          '0.0143% × events in 28d ÷ events in 4d',
        ],
      ],
    ],
  ])('lists the pairs of case %#', (sli, expected) => {
    expect(
      windowPairRows(sli).map(r => [
        r.key,
        r.severity,
        r.for,
        r.budget,
        r.staticThreshold,
        r.dynamicThreshold,
      ]),
    ).toEqual(expected);
  });

  it('keeps a pair that only one mode has', () => {
    const rows = windowPairRows({
      ...availability,
      pairs: {
        static: availability.pairs.static,
        dynamic: availability.pairs.dynamic.slice(0, 1),
      },
    });
    expect(rows).toHaveLength(4);
    expect(rows[3].dynamicThreshold).toBe('–');
    expect(rows[3].staticThreshold).toBe('1× burn rate: 0.1% errors');
  });
});
