import { INDICATORS } from './__fixtures__/specs';
import { AlertExportInputError } from './exportErrors';
import { exportPyrra } from './pyrra';
import { pyrraLatency } from './pyrraIndicator';
import type { SloAlertSpec } from '../types';

const latency: SloAlertSpec = {
  sloName: 'component-default-checkout-latency-p99',
  entityRef: 'component:default/checkout',
  owner: 'group:default/payments',
  windowDays: 30,
  objective: 0.99,
  indicator: INDICATORS['latency-classic'],
};

describe('exportPyrra', () => {
  it('writes a whole ServiceLevelObjective for a classic-histogram latency SLO', () => {
    const { documents } = exportPyrra({
      specs: [latency],
      namespace: 'monitoring',
      labels: { prometheus: 'k8s', role: 'alert-rules' },
    });
    expect(documents).toEqual([
      {
        apiVersion: 'pyrra.dev/v1alpha1',
        kind: 'ServiceLevelObjective',
        metadata: {
          name: 'component-default-checkout-latency-p99',
          namespace: 'monitoring',
          labels: {
            'app.kubernetes.io/managed-by': 'slo-engine',
            'slo-engine.io/entity-kind': 'component',
            'slo-engine.io/entity-namespace': 'default',
            'slo-engine.io/entity-name': 'checkout',
            'slo-engine.io/owner': 'payments',
            prometheus: 'k8s',
            role: 'alert-rules',
            'pyrra.dev/entity_kind': 'component',
            'pyrra.dev/entity_namespace': 'default',
            'pyrra.dev/entity_name': 'checkout',
            'pyrra.dev/owner': 'payments',
          },
          annotations: {
            'slo-engine.io/entity-refs': 'component:default/checkout',
            'slo-engine.io/owner-refs': 'group:default/payments',
            'pyrra.dev/entity_ref': 'component:default/checkout',
            'pyrra.dev/owner_ref': 'group:default/payments',
          },
        },
        spec: {
          target: '99',
          window: '30d',
          description:
            'SLO component-default-checkout-latency-p99 of component:default/checkout (latency-classic), exported by the SLO engine. Latency bucket: threshold 0.3s is not a bucket boundary: using le="0.25" (the next boundary below), so requests between 0.25s and 0.3s count as too slow.',
          indicator: {
            latency: {
              // 0.3 s is no boundary of [0.1, 0.25, 0.5, 1]: 0.25 is used.
              success: {
                metric:
                  'http_request_duration_seconds_bucket{job="checkout",le="0.25"}',
              },
              total: {
                metric: 'http_request_duration_seconds_count{job="checkout"}',
              },
            },
          },
          alerting: { burnrates: true, absent: true },
        },
      },
    ]);
  });

  it('adds burnRateType only for dynamic SLOs', () => {
    const [staticDoc, dynamicDoc] = exportPyrra({
      specs: [
        latency,
        { ...latency, sloName: 'x-dynamic', burnRateType: 'dynamic' },
      ],
    }).documents;
    expect(staticDoc.spec.alerting).toEqual({ burnrates: true, absent: true });
    expect(dynamicDoc.spec.alerting).toEqual({
      burnrates: true,
      absent: true,
      burnRateType: 'dynamic',
    });
  });

  it.each([
    [0.999, '99.9'],
    [0.99, '99'],
    [0.9995, '99.95'],
    [0.95, '95'],
    [0.99999, '99.999'],
  ])('writes objective %f as target "%s"', (objective, target) => {
    const [doc] = exportPyrra({ specs: [{ ...latency, objective }] }).documents;
    expect(doc.spec.target).toBe(target);
  });

  it.each<[string, object]>([
    [
      'ratio-errors',
      {
        ratio: {
          errors: { metric: 'http_requests_total{job="checkout",code=~"5.."}' },
          total: { metric: 'http_requests_total{job="checkout"}' },
        },
      },
    ],
    // good = total + code!~"5..", so errors = total + code=~"5..".
    [
      'ratio-good',
      {
        ratio: {
          errors: { metric: 'http_requests_total{job="checkout",code=~"5.."}' },
          total: { metric: 'http_requests_total{job="checkout"}' },
        },
      },
    ],
    [
      'latency-native',
      {
        latencyNative: {
          latency: '300ms',
          total: { metric: 'http_request_duration_seconds{job="checkout"}' },
        },
      },
    ],
    [
      'boolean-gauge',
      {
        bool_gauge: {
          metric: 'probe_success{instance="https://shop.example.com"}',
        },
      },
    ],
  ])('maps the %s indicator', (kind, indicator) => {
    const [doc] = exportPyrra({
      specs: [{ ...latency, indicator: INDICATORS[kind] }],
    }).documents;
    expect(doc.spec.indicator).toEqual(indicator);
  });

  it('refuses a good-events ratio it cannot turn into an error selector', () => {
    const run = () =>
      exportPyrra({
        specs: [
          {
            ...latency,
            indicator: {
              kind: 'ratio',
              total: { metric: 'http_requests_total' },
              good: { metric: 'http_requests_ok_total' },
            },
          },
        ],
      });
    expect(run).toThrow(AlertExportInputError);
    expect(run).toThrow(/Pyrra ratio SLOs need an error selector/);
  });

  it.each([
    [0.3, '300ms'],
    [1, '1s'],
    [1.5, '1s500ms'],
    [90, '1m30s'],
    [0.025, '25ms'],
  ])('writes a native latency of %fs as %s', (seconds, text) => {
    expect(pyrraLatency(seconds)).toBe(text);
  });

  it('refuses latencies finer than a millisecond', () => {
    expect(() => pyrraLatency(0.0005)).toThrow(AlertExportInputError);
  });
});
