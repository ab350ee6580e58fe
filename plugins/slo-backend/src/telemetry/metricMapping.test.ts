import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  bucketSelector,
  errorSelector,
  mapEntityTelemetry,
  totalSelector,
} from './metricMapping';
import {
  DEFAULT_TELEMETRY_MAPPING,
  readTelemetryConfig,
} from './readTelemetryConfig';

const entity = (
  name: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
  spec: {},
});

const defaults = readTelemetryConfig(new ConfigReader({}));

describe('readTelemetryConfig', () => {
  it('has the documented defaults', () => {
    expect(defaults).toEqual(DEFAULT_TELEMETRY_MAPPING);
  });

  it('reads and normalises every key', () => {
    expect(
      readTelemetryConfig(
        new ConfigReader({
          slo: {
            telemetry: {
              serviceLabel: 'app',
              availability: {
                totalMetric: 'requests_total',
                errorSelector: '{status=~"5..|429"}',
              },
              latency: { bucketMetric: 'latency_bucket' },
              extraSelector: 'cluster="eu-1", env!="dev"',
            },
          },
        }),
      ),
    ).toEqual({
      serviceLabel: 'app',
      availability: {
        totalMetric: 'requests_total',
        errorSelector: 'status=~"5..|429"',
      },
      latency: { bucketMetric: 'latency_bucket' },
      extraMatchers: [
        { label: 'cluster', op: '=', value: 'eu-1' },
        { label: 'env', op: '!=', value: 'dev' },
      ],
    });
  });

  it.each([
    [{ serviceLabel: 'a-b' }, /slo\.telemetry\.serviceLabel/],
    [{ availability: { totalMetric: 'x{}' } }, /availability\.totalMetric/],
    [{ availability: { errorSelector: 'rate(x)' } }, /errorSelector/],
    [{ latency: { bucketMetric: 3 } }, /latency\.bucketMetric/],
    [{ extraSelector: 'service="x"' }, /must not match the service label/],
    [{ extraSelector: 'env=' }, /extraSelector: invalid selector at column 5/],
  ])('names the key of an invalid value %j', (telemetry, message) => {
    expect(() =>
      readTelemetryConfig(new ConfigReader({ slo: { telemetry } })),
    ).toThrow(message);
  });
});

describe('mapEntityTelemetry', () => {
  it('uses the entity name and the defaults', () => {
    const m = mapEntityTelemetry(entity('checkout'), defaults);
    expect(m).toEqual({
      entityRef: 'component:default/checkout',
      serviceLabel: 'service',
      serviceLabelValue: 'checkout',
      matchers: 'service="checkout"',
      extraMatchers: '',
      totalMetric: 'http_server_requests_total',
      errorSelector: 'code=~"5.."',
      bucketMetric: 'http_server_request_duration_seconds_bucket',
    });
    if ('error' in m) throw new Error('unexpected');
    expect(totalSelector(m)).toBe(
      'http_server_requests_total{service="checkout"}',
    );
    expect(errorSelector(m)).toBe(
      'http_server_requests_total{service="checkout",code=~"5.."}',
    );
    expect(bucketSelector(m)).toBe(
      'http_server_request_duration_seconds_bucket{service="checkout"}',
    );
  });

  it('takes the service label value from prometheus-service, escaped', () => {
    expect(
      mapEntityTelemetry(
        entity('identity', {
          'slo-engine.io/prometheus-service': 'auth "v2"\\x',
        }),
        defaults,
      ),
    ).toMatchObject({
      serviceLabelValue: 'auth "v2"\\x',
      matchers: 'service="auth \\"v2\\"\\\\x"',
    });
  });

  it('ANDs the global and the entity selector, re-serialised safely', () => {
    const config = {
      ...defaults,
      extraMatchers: [{ label: 'cluster', op: '=' as const, value: 'eu' }],
    };
    expect(
      mapEntityTelemetry(
        entity('checkout', {
          'slo-engine.io/prometheus-selector': `{env = 'prod', pod!~"canary-.*"}`,
        }),
        config,
      ),
    ).toMatchObject({
      matchers: 'service="checkout",cluster="eu",env="prod",pod!~"canary-.*"',
      extraMatchers: 'cluster="eu",env="prod",pod!~"canary-.*"',
    });
  });

  it('overrides metric names', () => {
    expect(
      mapEntityTelemetry(
        entity('legacy', {
          'slo-engine.io/prometheus-metrics':
            '# old names\ntotal: legacy_requests_total\nlatency: legacy_latency_seconds_bucket\n',
        }),
        defaults,
      ),
    ).toMatchObject({
      totalMetric: 'legacy_requests_total',
      bucketMetric: 'legacy_latency_seconds_bucket',
      errorSelector: 'code=~"5.."',
    });
    expect(
      mapEntityTelemetry(
        entity('legacy', {
          'slo-engine.io/prometheus-metrics': 'latency: x_bucket',
        }),
        defaults,
      ),
    ).toMatchObject({
      totalMetric: 'http_server_requests_total',
      bucketMetric: 'x_bucket',
    });
  });

  it.each([
    [
      { 'slo-engine.io/prometheus-service': 'alice@example.com' },
      'component:default/svc: annotation slo-engine.io/prometheus-service contains a label value that looks like an e-mail address',
    ],
    [
      { 'slo-engine.io/prometheus-selector': '{instance="10.1.2.3:8080"}' },
      'annotation slo-engine.io/prometheus-selector contains a label value that looks like an IPv4 address',
    ],
    [
      {
        'slo-engine.io/prometheus-selector':
          '{instance=~"10\\\\.1\\\\.2\\\\.3:.*"}',
      },
      'looks like an IPv4 address',
    ],
    [
      { 'slo-engine.io/prometheus-selector': '{env="prod"' },
      'component:default/svc: annotation slo-engine.io/prometheus-selector: invalid selector at column 12: syntax error',
    ],
    [
      { 'slo-engine.io/prometheus-selector': 'rate(x[5m])' },
      'functions are not allowed',
    ],
    [
      { 'slo-engine.io/prometheus-selector': 'other_metric{env="prod"}' },
      'must not name a metric; use slo-engine.io/prometheus-metrics',
    ],
    [
      { 'slo-engine.io/prometheus-selector': '{service="other"}' },
      'must not match service; use slo-engine.io/prometheus-service',
    ],
    [
      { 'slo-engine.io/prometheus-metrics': 'total: rate(x)' },
      'annotation slo-engine.io/prometheus-metrics: total "rate(x)" is not a valid metric name',
    ],
    [
      { 'slo-engine.io/prometheus-metrics': 'errors: x_total' },
      '"errors: x_total" is not "total: <metric>" or "latency: <bucket metric>"',
    ],
    [
      { 'slo-engine.io/prometheus-metrics': 'total: a\ntotal: b' },
      'total is given twice',
    ],
    [{ 'slo-engine.io/prometheus-service': ' ' }, 'is empty'],
  ])('reports %j as an error of the entity', (annotations, message) => {
    const m = mapEntityTelemetry(entity('svc', annotations), defaults);
    expect(m).toEqual({
      entityRef: 'component:default/svc',
      error: expect.stringContaining(message),
    });
  });

  it('refuses an entity name that looks like an IP address', () => {
    expect(mapEntityTelemetry(entity('10.0.0.1'), defaults)).toMatchObject({
      error: expect.stringContaining('metadata.name'),
    });
  });
});
