import { INDICATORS } from './__fixtures__/specs';
import { exportOpenSlo } from './openslo';
import { openSloDuration } from './opensloAlerting';
import type { OpenSloDocument } from './opensloTypes';
import type { SloAlertSpec } from '../types';

const availability: SloAlertSpec = {
  sloName: 'component-default-checkout-availability',
  entityRef: 'component:default/checkout',
  owner: 'group:default/payments',
  windowDays: 30,
  objective: 0.999,
  indicator: INDICATORS['ratio-errors'],
};

const SLO = 'component-default-checkout-availability';
const entityAnnotations = {
  'slo-engine.io/entity-ref': 'component:default/checkout',
  'slo-engine.io/owner-ref': 'group:default/payments',
};

/** [long, short, factor, budget share, for, severity]: SRE Workbook 30 d. */
const PAIRS_30D: Array<[string, string, number, string, string, string]> = [
  ['1h', '5m', 14.4, '2%', '2m', 'page'],
  ['6h', '30m', 6, '5%', '15m', 'page'],
  ['1d', '2h', 3, '10%', '1h', 'ticket'],
  ['3d', '6h', 1, '10%', '3h', 'ticket'],
];

function alerting([
  long,
  short,
  factor,
  share,
  after,
  severity,
]: (typeof PAIRS_30D)[number]): OpenSloDocument[] {
  return [
    {
      apiVersion: 'openslo/v1',
      kind: 'AlertCondition',
      metadata: {
        name: `${SLO}-burn-${long}`,
        annotations: { 'slo-engine.io/short-window': short },
      },
      spec: {
        description: `Burn rate over ${long} above ${factor} (${share} of the 30-day budget); the Prometheus rules also require the ${short} window above it.`,
        severity,
        condition: {
          kind: 'burnrate',
          op: 'gt',
          threshold: factor,
          lookbackWindow: long,
          alertAfter: after,
        },
      },
    },
    {
      apiVersion: 'openslo/v1',
      kind: 'AlertPolicy',
      metadata: {
        name: `${SLO}-${severity}-${long}`,
        labels: { 'burn-rate-type': 'static' },
        annotations: { 'slo-engine.io/burn-rate-type': 'static' },
      },
      spec: {
        description: `${long}/${short} ${severity} alert of SLO ${SLO}.`,
        alertWhenNoData: severity === 'ticket',
        alertWhenResolved: false,
        alertWhenBreaching: true,
        conditions: [{ conditionRef: `${SLO}-burn-${long}` }],
        notificationTargets: [{ targetRef: `slo-engine-${severity}` }],
      },
    },
  ];
}

const target = (severity: string): OpenSloDocument => ({
  apiVersion: 'openslo/v1',
  kind: 'AlertNotificationTarget',
  metadata: { name: `slo-engine-${severity}` },
  spec: {
    target: 'alertmanager',
    description: `Alerts of severity ${severity}; Alertmanager routes them on the severity="${severity}" label, like the Prometheus rules of the same SLOs.`,
  },
});

describe('exportOpenSlo', () => {
  it('writes the whole document set of a 30-day availability SLO', () => {
    const { documents } = exportOpenSlo({ specs: [availability] });
    expect(documents).toEqual([
      {
        apiVersion: 'openslo/v1',
        kind: 'Service',
        metadata: {
          name: 'component-default-checkout',
          displayName: 'component:default/checkout',
          labels: { 'managed-by': 'slo-engine' },
          annotations: entityAnnotations,
        },
        spec: {
          description:
            'Backstage entity component:default/checkout, owned by group:default/payments.',
        },
      },
      target('page'),
      target('ticket'),
      {
        apiVersion: 'openslo/v1',
        kind: 'SLI',
        metadata: { name: `${SLO}-sli`, displayName: `${SLO} SLI` },
        spec: {
          description: 'ratio indicator of component:default/checkout.',
          ratioMetric: {
            counter: true,
            bad: {
              metricSource: {
                type: 'Prometheus',
                spec: {
                  query:
                    'sum(http_requests_total{job="checkout",code=~"5.."}) or vector(0)',
                },
              },
            },
            total: {
              metricSource: {
                type: 'Prometheus',
                spec: { query: 'sum(http_requests_total{job="checkout"})' },
              },
            },
          },
        },
      },
      ...PAIRS_30D.flatMap(alerting),
      {
        apiVersion: 'openslo/v1',
        kind: 'SLO',
        metadata: {
          name: SLO,
          displayName: SLO,
          labels: { 'managed-by': 'slo-engine', 'burn-rate-type': 'static' },
          annotations: entityAnnotations,
        },
        spec: {
          description: `SLO ${SLO} of component:default/checkout: 0.999 of events good over a rolling 30-day window.`,
          service: 'component-default-checkout',
          indicatorRef: `${SLO}-sli`,
          timeWindow: [{ duration: '30d', isRolling: true }],
          budgetingMethod: 'Occurrences',
          objectives: [{ displayName: SLO, target: 0.999 }],
          alertPolicies: [
            { alertPolicyRef: `${SLO}-page-1h` },
            { alertPolicyRef: `${SLO}-page-6h` },
            { alertPolicyRef: `${SLO}-ticket-1d` },
            { alertPolicyRef: `${SLO}-ticket-3d` },
          ],
        },
      },
    ]);
  });

  it('keeps the static factors for dynamic SLOs and says so on the policy', () => {
    const { documents, notes } = exportOpenSlo({
      specs: [{ ...availability, windowDays: 28, burnRateType: 'dynamic' }],
    });
    const policies = documents.filter(d => d.kind === 'AlertPolicy');
    const conditions = documents.filter(d => d.kind === 'AlertCondition');
    // Pyrra's 28-day set: 14, 7, 2, 1 over 1h, 6h, 1d, 4d.
    expect(
      conditions.map(c => [
        (c.spec.condition as any).threshold,
        (c.spec.condition as any).lookbackWindow,
      ]),
    ).toEqual([
      [14, '1h'],
      [7, '6h'],
      [2, '1d'],
      [1, '4d'],
    ]);
    expect(
      policies.map(
        p => p.metadata.annotations!['slo-engine.io/dynamic-threshold'],
      ),
    ).toEqual([
      "error ratio > (events in 28d / events in 1h) × 1/48 × 0.001; the condition's threshold 14 is its value under steady traffic only",
      "error ratio > (events in 28d / events in 6h) × 0.0625 × 0.001; the condition's threshold 7 is its value under steady traffic only",
      "error ratio > (events in 28d / events in 1d) × 1/14 × 0.001; the condition's threshold 2 is its value under steady traffic only",
      "error ratio > (events in 28d / events in 4d) × 1/7 × 0.001; the condition's threshold 1 is its value under steady traffic only",
    ]);
    expect(
      policies.every(p => p.metadata.labels!['burn-rate-type'] === 'dynamic'),
    ).toBe(true);
    expect(policies[0].spec.description).toContain('OpenSLO cannot express');
    expect(notes.join('\n')).toContain(
      'OpenSLO has no traffic-aware thresholds',
    );
  });

  it.each<[string, Record<string, string | boolean>]>([
    [
      'ratio-good',
      {
        counter: true,
        good: 'sum(http_requests_total{job="checkout",code!~"5.."}) or vector(0)',
        total: 'sum(http_requests_total{job="checkout"})',
      },
    ],
    [
      'latency-classic',
      {
        counter: true,
        good: 'sum(http_request_duration_seconds_bucket{job="checkout",le="0.25"})',
        total:
          'sum(http_request_duration_seconds_bucket{job="checkout",le="+Inf"})',
      },
    ],
    [
      'latency-native',
      {
        counter: true,
        good: 'histogram_count(sum(http_request_duration_seconds{job="checkout"})) * histogram_fraction(0, 0.3, sum(http_request_duration_seconds{job="checkout"}))',
        total:
          'histogram_count(sum(http_request_duration_seconds{job="checkout"}))',
      },
    ],
    [
      'boolean-gauge',
      {
        counter: false,
        good: 'sum(probe_success{instance="https://shop.example.com"})',
        total: 'count(probe_success{instance="https://shop.example.com"})',
      },
    ],
  ])('writes the %s SLI as counters (or a gauge)', (kind, expected) => {
    const { documents } = exportOpenSlo({
      specs: [{ ...availability, indicator: INDICATORS[kind] }],
    });
    const metric = documents.find(d => d.kind === 'SLI')!.spec
      .ratioMetric as any;
    expect({
      counter: metric.counter,
      good: metric.good.metricSource.spec.query,
      total: metric.total.metricSource.spec.query,
    }).toEqual(expected);
    expect(metric.bad).toBeUndefined();
  });

  it.each([
    [3600, '1h'],
    [5400, '90m'],
    [86400, '1d'],
    [345600, '4d'],
    [11580, '193m'],
    [120, '2m'],
  ])('writes %i seconds as the one-unit duration %s', (seconds, text) => {
    expect(openSloDuration(seconds)).toBe(text);
  });

  it('writes scaled windows as one-unit durations (90-day SLO)', () => {
    const { documents } = exportOpenSlo({
      specs: [{ ...availability, windowDays: 90 }],
    });
    // 1h × 90/28 = 192.86 min → 193m; 6h → 1157m; 1d → 4629m; 4d → 18514m.
    expect(
      documents
        .filter(d => d.kind === 'AlertCondition')
        .map(d => (d.spec.condition as any).lookbackWindow),
    ).toEqual(['193m', '1157m', '4629m', '18514m']);
  });
});
