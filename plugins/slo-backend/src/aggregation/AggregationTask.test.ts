import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  demoFleet,
  generateSeries,
  histogramQuantile,
  openMetricsText,
  SeriesBlock,
} from '@slo-engine/telemetry-generator';
import { demoCatalogEntities } from '../__testUtils__/demoCatalog';
import {
  RunningPrometheus,
  startPrometheus,
} from '../__testUtils__/prometheusHarness';
import { clientFor } from '../__testUtils__/clientFor';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { readAggregationConfig } from '../config/readAggregationConfig';
import { readTelemetryConfig } from '../telemetry/readTelemetryConfig';
import { AggregationTask } from './AggregationTask';
import { SliAggregateStore } from './SliAggregateStore';

jest.setTimeout(120_000);

// Three days of demo telemetry ending on a UTC midnight, so two full days
// and 71 full hours lie inside it.
const DAY = 86_400;
const END = 20_717 * DAY; // 2026-09-21T00:00:00Z
const blocks: SeriesBlock[] = [
  ...generateSeries({
    fleet: demoFleet(),
    start: END - 3 * DAY,
    end: END,
    stepSeconds: 600,
    seed: 42,
  }),
];

const databases = createTestDatabases();
let prometheus: RunningPrometheus;

beforeAll(async () => {
  prometheus = await startPrometheus({
    openMetrics: { text: [...openMetricsText(blocks)].join('') },
  });
});
afterAll(() => prometheus?.stop());

function counterAt(name: string, labels: Record<string, string>, t: number) {
  const total = (b: SeriesBlock) => {
    const i = Array.from(b.timestamps).indexOf(t);
    if (i < 0) throw new Error(`no sample at ${t}`);
    return b.values[i];
  };
  return blocks
    .filter(
      b =>
        b.name === name &&
        Object.entries(labels).every(([k, v]) => b.labels[k] === v),
    )
    .reduce((sum, b) => sum + total(b), 0);
}

/** Ground truth from the generated counters over (from, to]. */
function truth(service: string, from: number, to: number) {
  const requests = (t: number) =>
    counterAt('http_server_requests_total', { service }, t);
  const errors = (t: number) =>
    ['500', '503'].reduce(
      (s, code) =>
        s + counterAt('http_server_requests_total', { service, code }, t),
      0,
    );
  const total = requests(to) - requests(from);
  const bad = errors(to) - errors(from);
  const buckets = blocks
    .filter(
      b =>
        b.name === 'http_server_request_duration_seconds_bucket' &&
        b.labels.service === service,
    )
    .map(b => ({
      upperBound: b.labels.le === '+Inf' ? Infinity : Number(b.labels.le),
      count:
        counterAt(b.name, b.labels, to) - counterAt(b.name, b.labels, from),
    }));
  return {
    availability: (total - bad) / total,
    p99Ms: histogramQuantile(0.99, buckets) * 1000,
    buckets: buckets.map(b => b.upperBound * 1000).sort((a, b) => a - b),
  };
}

describe.each(databases.eachSupportedId())('AggregationTask (%s)', id => {
  /** The task over the demo catalog and the backfilled Prometheus. */
  async function setup(
    onSliMoved?: (entityRef: string, reason: string) => Promise<void>,
  ) {
    const { database } = await initDatabaseService(databases, id);
    const store = await SliAggregateStore.create({ database });
    const config = new ConfigReader({});
    const task = new AggregationTask({
      catalog: catalogServiceMock({ entities: demoCatalogEntities() }),
      auth: mockServices.auth(),
      prometheus: clientFor(prometheus.baseUrl),
      store,
      mapping: readTelemetryConfig(config),
      config: readAggregationConfig(config),
      logger: mockServices.logger.mock(),
      onSliMoved,
    });
    return { store, task };
  }

  it('computes SLIs from real Prometheus that match the generated history', async () => {
    const { store, task } = await setup();

    const result = await task.run(new Date(END * 1000));
    // One batch (all demo services share metrics): 6 queries per resolution
    // per page, whatever the number of services.
    expect(result.queries).toBe(12);

    const checkout = 'component:default/checkout';
    const [day] = await store.list(
      checkout,
      'day',
      new Date((END - DAY) * 1000),
      new Date(END * 1000),
    );
    const dayTruth = truth('checkout', END - DAY, END);
    expect(Math.abs(day.availability! - dayTruth.availability)).toBeLessThan(
      1e-4,
    );

    const hours = await store.list(
      checkout,
      'hour',
      new Date((END - 6 * 3600) * 1000),
      new Date(END * 1000),
    );
    expect(hours).toHaveLength(6);
    for (const h of hours) {
      const end = h.bucketStart.getTime() / 1000 + 3600;
      const t = truth('checkout', end - 3600, end);
      expect(Math.abs(h.availability! - t.availability)).toBeLessThan(1e-4);
      // Same bucket of the histogram: within one bucket boundary.
      const bucketOf = (ms: number) => t.buckets.findIndex(b => ms <= b);
      expect(
        Math.abs(bucketOf(h.latencyMs!.p99!) - bucketOf(t.p99Ms)),
      ).toBeLessThanOrEqual(1);
    }

    // identity reports as "auth"; resources and the external gateway have
    // no HTTP metrics and are listed as such, not skipped.
    expect(await store.getStatus('component:default/identity')).toMatchObject({
      status: 'ok',
    });
    expect(await store.getStatus('resource:default/orders-db')).toMatchObject({
      status: 'no_data',
    });
    expect(
      await store.getStatus('component:default/payment-gateway'),
    ).toMatchObject({ status: 'no_data' });
    // On a first backfill telemetry appears for every entity with data.
    expect(result.moved.size).toBe(result.withData);
    expect(new Set(result.moved.values())).toEqual(
      new Set(['telemetry appeared']),
    );
  });

  it('reports entities whose SLIs moved by more than 5% since the last run', async () => {
    const moved: string[] = [];
    const { store, task } = await setup(async ref => {
      moved.push(ref);
    });
    await task.run(new Date(END * 1000));
    moved.length = 0;
    // Pretend checkout used to be twice as reliable: the recomputation of
    // the same days moves its error ratio by far more than 5%.
    const checkout = 'component:default/checkout';
    const days = await store.list(
      checkout,
      'day',
      new Date((END - 3 * DAY) * 1000),
      new Date(END * 1000),
    );
    await store.upsert(
      days.map(d => ({
        ...d,
        good: d.total! - (d.total! - d.good!) / 2,
      })),
    );
    const second = await task.run(new Date(END * 1000));
    expect(moved).toEqual([checkout]);
    expect(second.moved.get(checkout)).toMatch(/^error ratio moved/);
  });
});
