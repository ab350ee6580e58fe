import { mockServices } from '@backstage/backend-test-utils';
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { parse } from 'yaml';
import {
  RunningPrometheus,
  startPrometheus,
} from '../../__testUtils__/prometheusHarness';
import { componentEntity } from '../../__testUtils__/entities';
import { PrometheusClient } from '../../prometheus/PrometheusClient';
import { DEFAULT_TELEMETRY_MAPPING } from '../../telemetry/readTelemetryConfig';
import type { StoredSlo } from '../../lifecycle/types';
import { checkRules, expectPromtoolOk } from '../promtool';
import { ActiveSloSpecResolver } from '../specs/ActiveSloSpecResolver';
import { HistogramBucketReader } from '../specs/HistogramBucketReader';
import { AlertRuleSyncTask } from './AlertRuleSyncTask';

jest.setTimeout(180_000);

// Two days of checkout traffic ending now: 1,000 requests a minute, all
// under 250 ms, and for the last 90 minutes 5% of them failing. A 99.9%
// SLO tolerates 0.1%, so the 1h/5m pair (14.4 × 0.1% = 1.44%) and the
// 6h/30m pair (6 × 0.1% = 0.6%; 6h ratio 4,500 / 360,000 = 1.25%) page.
const MIN = 60;
const now = Math.floor(Date.now() / 1000 / MIN) * MIN;
const start = now - 2 * 86_400;
const incidentStart = now - 90 * MIN;

function openMetrics(): string {
  const lines: string[] = [
    '# TYPE http_server_requests counter',
    '# TYPE http_server_request_duration_seconds histogram',
  ];
  const ok: string[] = [];
  const failed: string[] = [];
  const buckets: Record<string, string[]> = {
    '0.1': [],
    '0.25': [],
    '0.5': [],
    '+Inf': [],
  };
  let good = 0;
  let bad = 0;
  let all = 0;
  for (let t = start; t <= now; t += MIN) {
    const errors = t > incidentStart ? 50 : 0;
    good += 1000 - errors;
    bad += errors;
    all += 1000;
    ok.push(
      `http_server_requests_total{service="checkout",code="200"} ${good} ${t}`,
    );
    failed.push(
      `http_server_requests_total{service="checkout",code="500"} ${bad} ${t}`,
    );
    buckets['0.1'].push(`${all / 2}`);
    for (const le of ['0.25', '0.5', '+Inf']) buckets[le].push(`${all}`);
  }
  lines.push(...ok, ...failed);
  for (const [le, values] of Object.entries(buckets)) {
    values.forEach((v, i) =>
      lines.push(
        `http_server_request_duration_seconds_bucket{service="checkout",le="${le}"} ${v} ${
          start + i * MIN
        }`,
      ),
    );
  }
  lines.push('# EOF', '');
  return lines.join('\n');
}

const slo: StoredSlo = {
  id: 'slo-1',
  entityRef: 'component:default/checkout',
  status: 'active',
  targets: { availability: 99.9, latency_p99_ms: 300 },
  windowDays: 30,
  source: 'recommendation_accepted',
  activatedAt: new Date(),
  activatedBy: 'user:default/owner',
};

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slo-rule-sync-'));
  prometheus = await startPrometheus({
    openMetrics: { text: openMetrics() },
    extraConfig: `rule_files:\n  - ${join(dir, '*.yml')}\n`,
    extraArgs: ['--web.enable-lifecycle'],
  });
});
afterAll(async () => {
  await prometheus?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${prometheus.baseUrl}${path}`);
  return ((await res.json()) as { data: T }).data;
}

interface ActiveAlert {
  labels: Record<string, string>;
  state: string;
}

async function waitForAlerts(): Promise<ActiveAlert[]> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const { alerts } = await api<{ alerts: ActiveAlert[] }>('/api/v1/alerts');
    if (alerts.length > 0) return alerts;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error('Prometheus evaluated no alert within 150 s');
}

it('writes the rules of active SLOs, Prometheus loads them and the burning pairs fire', async () => {
  const logger = mockServices.logger.mock();
  const resolver = new ActiveSloSpecResolver({
    slos: { activeSlo: async () => slo, listActive: async () => [slo] },
    graph: {
      getNode: async () => undefined,
      listNodes: async () => [],
    },
    loadEntities: async refs => refs.map(() => componentEntity('checkout')),
    telemetry: DEFAULT_TELEMETRY_MAPPING,
    alerting: {
      burnRateType: 'static',
      minTrafficEvents: 0,
      backstageBaseUrl: 'http://localhost:3000',
    },
    buckets: new HistogramBucketReader(
      PrometheusClient.create({
        config: {
          baseUrl: prometheus.baseUrl,
          requestTimeoutMs: 10_000,
          headers: {},
        },
        logger,
      }),
    ),
    logger,
  });
  const path = join(dir, 'slo-engine.yml');
  const task = new AlertRuleSyncTask({
    specs: resolver,
    path,
    reloadUrl: `${prometheus.baseUrl}/-/reload`,
    logger,
  });

  expect(await task.run()).toEqual({ written: true, slos: 2, reloaded: true });
  // Unchanged rules: no write, no reload.
  expect(await task.run()).toEqual({
    written: false,
    slos: 2,
    reloaded: false,
  });

  const text = await readFile(path, 'utf8');
  expectPromtoolOk(await checkRules(parse(text)), 'synced rule file');
  // 300 ms is not a boundary: the 250 ms bucket is used, and said so.
  expect(text).toContain('le="0.25"');
  expect(text).toMatch(
    /# component-default-checkout-latency-p99: threshold 0.3s is not a bucket boundary: using le="0.25"/,
  );

  const { groups } = await api<{ groups: Array<{ name: string }> }>(
    '/api/v1/rules',
  );
  expect(groups.map(g => g.name).sort()).toEqual([
    'component-default-checkout-availability:alerts',
    'component-default-checkout-availability:recordings',
    'component-default-checkout-latency-p99:alerts',
    'component-default-checkout-latency-p99:recordings',
  ]);

  const alerts = await waitForAlerts();
  const burning = alerts
    .filter(a => a.labels.alertname === 'SloErrorBudgetBurn')
    .map(
      a =>
        `${a.labels.slo} ${a.labels.long_window}/${a.labels.short_window} ${a.labels.severity}`,
    )
    .sort();
  expect(burning).toEqual([
    'component-default-checkout-availability 1d/2h ticket',
    'component-default-checkout-availability 1h/5m page',
    'component-default-checkout-availability 3d/6h ticket',
    'component-default-checkout-availability 6h/30m page',
  ]);
  expect(alerts.filter(a => a.labels.alertname === 'SloMetricAbsent')).toEqual(
    [],
  );
});
