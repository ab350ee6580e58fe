import type { AlertIndicator, BurnRateType, SloAlertSpec } from '../../types';

/** Specs covering every indicator kind, for the schema matrix tests. */

const job = { name: 'job', op: '=' as const, value: 'checkout' };

export const INDICATORS: Record<string, AlertIndicator> = {
  'ratio-errors': {
    kind: 'ratio',
    total: { metric: 'http_requests_total', matchers: [job] },
    errors: {
      metric: 'http_requests_total',
      matchers: [job, { name: 'code', op: '=~', value: '5..' }],
    },
  },
  'ratio-good': {
    kind: 'ratio',
    total: { metric: 'http_requests_total', matchers: [job] },
    good: {
      metric: 'http_requests_total',
      matchers: [job, { name: 'code', op: '!~', value: '5..' }],
    },
  },
  'latency-classic': {
    kind: 'latency-classic',
    bucketMetric: 'http_request_duration_seconds_bucket',
    matchers: [job],
    thresholdSeconds: 0.3,
    buckets: [0.1, 0.25, 0.5, 1],
  },
  'latency-native': {
    kind: 'latency-native',
    metric: 'http_request_duration_seconds',
    matchers: [job],
    thresholdSeconds: 0.3,
  },
  'boolean-gauge': {
    kind: 'boolean-gauge',
    metric: 'probe_success',
    matchers: [
      { name: 'instance', op: '=', value: 'https://shop.example.com' },
    ],
  },
};

export interface MatrixCase {
  label: string;
  spec: SloAlertSpec;
}

/** Every indicator × 28/30 days × static/dynamic: 20 specs. */
export function matrix(): MatrixCase[] {
  const cases: MatrixCase[] = [];
  for (const [kind, indicator] of Object.entries(INDICATORS)) {
    for (const windowDays of [28, 30]) {
      for (const burnRateType of ['static', 'dynamic'] as BurnRateType[]) {
        cases.push({
          label: `${kind} ${windowDays}d ${burnRateType}`,
          spec: {
            sloName: `component-default-checkout-${kind}`,
            entityRef: 'component:default/checkout',
            owner: 'group:default/payments',
            windowDays,
            objective: 0.999,
            indicator,
            burnRateType,
            minTrafficEvents: burnRateType === 'static' ? 100 : 0,
            backstageBaseUrl: 'https://backstage.example.com',
          },
        });
      }
    }
  }
  return cases;
}

/** A team's fleet: three entities, mixed kinds and windows. */
export function fleet(): SloAlertSpec[] {
  const owner = 'group:default/payments';
  return [
    {
      sloName: 'component-default-checkout-availability',
      entityRef: 'component:default/checkout',
      owner,
      windowDays: 30,
      objective: 0.999,
      indicator: INDICATORS['ratio-errors'],
    },
    {
      sloName: 'component-default-checkout-latency-p99',
      entityRef: 'component:default/checkout',
      owner,
      windowDays: 30,
      objective: 0.99,
      indicator: INDICATORS['latency-classic'],
      burnRateType: 'dynamic',
    },
    {
      sloName: 'component-default-cart-availability',
      entityRef: 'component:default/cart',
      owner,
      windowDays: 28,
      objective: 0.995,
      indicator: INDICATORS['ratio-good'],
    },
    {
      sloName: 'resource-default-shop-probe-availability',
      entityRef: 'resource:default/shop-probe',
      owner,
      windowDays: 30,
      objective: 0.99,
      indicator: INDICATORS['boolean-gauge'],
    },
  ];
}
