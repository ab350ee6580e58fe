import { Entity } from '@backstage/catalog-model';
import {
  RunningPrometheus,
  startPrometheus,
} from '../__testUtils__/prometheusHarness';
import { clientFor } from '../__testUtils__/clientFor';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { SLO_ANNOTATIONS } from '@slo-engine/plugin-slo-common';
import { buildBatchQueries } from './batchQueries';
import { mapEntityTelemetry, totalSelector } from './metricMapping';
import { equalityMatcher } from './promqlEscape';
import { DEFAULT_TELEMETRY_MAPPING } from './readTelemetryConfig';

jest.setTimeout(60_000);

const T0 = 1_790_000_000;
const WEIRD = 'we"ird\\svc'; // a double quote and a backslash
// `a.b` must not pull in `axb` through an unescaped regex dot.
const SERVICES: Record<string, number> = {
  [WEIRD]: 10,
  'a.b': 20,
  axb: 40,
  checkout: 80,
};

function openMetricsString(value: string) {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

function history(): string {
  const lines = ['# TYPE http_server_requests counter'];
  for (const [service, perMinute] of Object.entries(SERVICES)) {
    for (let m = 0; m <= 60; m++) {
      lines.push(
        `http_server_requests_total{service="${openMetricsString(
          service,
        )}",code="200"} ${m * perMinute} ${T0 + m * 60}`,
      );
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

let prometheus: RunningPrometheus;
let client: PrometheusClient;
const END = T0 + 3600;

beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: { text: history() } });
  client = clientFor(prometheus.baseUrl, { requestTimeoutMs: 5_000 });
});

afterAll(async () => {
  await prometheus?.stop();
});

const entity = (name: string, service?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: service
      ? { [SLO_ANNOTATIONS.prometheusService]: service }
      : {},
  },
});

describe('escaped PromQL against a real Prometheus', () => {
  it('round-trips a label value with " and \\ exactly through an equality matcher', async () => {
    const result = await client.query(
      `http_server_requests_total{${equalityMatcher('service', WEIRD)}}`,
      END,
    );
    expect(result).toHaveLength(1);
    expect(result[0].metric.service).toBe(WEIRD);
    expect(result[0].value).toBe(600);

    const mapping = mapEntityTelemetry(
      entity('weird', WEIRD),
      DEFAULT_TELEMETRY_MAPPING,
    );
    if ('error' in mapping) throw new Error(mapping.error);
    const [viaMapping] = await client.query(totalSelector(mapping), END);
    expect(viaMapping.metric.service).toBe(WEIRD);
  });

  it('answers a batched sum by (service) with one series per selected service', async () => {
    const mappings = [
      entity('weird', WEIRD),
      entity('ab', 'a.b'),
      entity('checkout'),
    ].map(e => mapEntityTelemetry(e, DEFAULT_TELEMETRY_MAPPING));
    const { batches } = buildBatchQueries(mappings, { rangeSeconds: 3600 });
    expect(batches).toHaveLength(1);
    const result = await client.query(batches[0].queries.totals, END);
    const byService = Object.fromEntries(
      result.map(s => [s.metric.service, s.value]),
    );
    expect(byService).toEqual({
      [WEIRD]: 600,
      'a.b': 1200,
      checkout: 4800,
    });
    for (const s of result) {
      expect(batches[0].refByLabelValue.has(s.metric.service)).toBe(true);
    }
  });

  it('keeps the answer identical when the batch is split into small chunks', async () => {
    const mappings = [
      entity('weird', WEIRD),
      entity('ab', 'a.b'),
      entity('axb'),
      entity('checkout'),
    ].map(e => mapEntityTelemetry(e, DEFAULT_TELEMETRY_MAPPING));
    const { batches } = buildBatchQueries(mappings, {
      rangeSeconds: 3600,
      maxRegexLength: 12,
    });
    expect(batches.length).toBeGreaterThan(1);
    const results = await Promise.all(
      batches.map(b => client.query(b.queries.totals, END)),
    );
    const series = results.flat();
    expect(series).toHaveLength(4);
    expect(
      Object.fromEntries(series.map(s => [s.metric.service, s.value])),
    ).toEqual({ [WEIRD]: 600, 'a.b': 1200, axb: 2400, checkout: 4800 });
  });
});
