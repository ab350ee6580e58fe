import type {
  AlertIndicator,
  BurnRateType,
  SloAlertSpec,
} from '@slo-engine/plugin-slo-common';

/** One indicator of each kind, as the promtool tests feed them. */
export const indicators: Record<AlertIndicator['kind'], AlertIndicator> = {
  ratio: {
    kind: 'ratio',
    total: {
      metric: 'http_requests_total',
      matchers: [{ name: 'job', op: '=', value: 'checkout' }],
    },
    errors: {
      metric: 'http_requests_total',
      matchers: [
        { name: 'job', op: '=', value: 'checkout' },
        { name: 'code', op: '=~', value: '5..' },
      ],
    },
  },
  'latency-classic': {
    kind: 'latency-classic',
    bucketMetric: 'http_request_duration_seconds_bucket',
    matchers: [{ name: 'job', op: '=', value: 'checkout' }],
    thresholdSeconds: 0.3,
    buckets: [0.1, 0.25, 0.5, 1],
  },
  'latency-native': {
    kind: 'latency-native',
    metric: 'http_request_duration_seconds',
    matchers: [{ name: 'job', op: '=', value: 'checkout' }],
    thresholdSeconds: 0.3,
  },
  'boolean-gauge': {
    kind: 'boolean-gauge',
    metric: 'probe_success',
    matchers: [{ name: 'job', op: '=', value: 'blackbox' }],
  },
};

export const kinds = Object.keys(indicators) as AlertIndicator['kind'][];

export function fixtureSpec(
  kind: AlertIndicator['kind'],
  windowDays: number,
  burnRateType: BurnRateType,
  extra: Partial<SloAlertSpec> = {},
): SloAlertSpec {
  return {
    sloName: `component-default-checkout-${kind}`,
    entityRef: 'component:default/checkout',
    owner: 'group:default/payments',
    windowDays,
    objective: kind === 'boolean-gauge' ? 0.95 : 0.999,
    indicator: indicators[kind],
    burnRateType,
    backstageBaseUrl: 'https://backstage.example.com',
    ...extra,
  };
}
