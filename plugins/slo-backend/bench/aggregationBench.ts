import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  generateSeries,
  openMetricsText,
  SeriesBlock,
  syntheticFleet,
} from '@slo-engine/telemetry-generator';
import { createWriteStream } from 'fs';
import { mkdtemp, readdir, rm, stat } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { Writable } from 'stream';
import { once } from 'events';
import { finished } from 'stream/promises';
import { startPrometheus } from '../src/__testUtils__/prometheusHarness';
import { AggregationTask } from '../src/aggregation/AggregationTask';
import { SliAggregateStore } from '../src/aggregation/SliAggregateStore';
import { readAggregationConfig } from '../src/config/readAggregationConfig';
import { PrometheusClient } from '../src/prometheus/PrometheusClient';
import { readTelemetryConfig } from '../src/telemetry/readTelemetryConfig';
import { measure, Memory } from './measure';
import { silentLogger, withRecoDatabase } from './recoFixtures';

const DAY = 86_400;

export interface AggregationOptions {
  services: number;
  days: number;
  stepSeconds: number;
}

export interface AggregationResult {
  options: AggregationOptions;
  series: number;
  samples: number;
  fileBytes: number;
  generateMs: number;
  backfillMs: number;
  dataDirBytes: number;
  runMs: number;
  memory: Memory;
  entities: number;
  mapped: number;
  withData: number;
  queries: number;
  buckets: number;
  hourRows: number;
  dayRows: number;
}

/** Writes text pieces in ~1 MB batches, honouring back-pressure. */
async function writeAll(pieces: Iterable<string>, out: Writable) {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= 1 << 20) {
      const ok = out.write(batch);
      batch = '';
      if (!ok) await once(out, 'drain');
    }
  }
  if (batch) out.write(batch);
}

/** Passes blocks through, collecting series names and sample counts. */
function* counted(
  blocks: Iterable<SeriesBlock>,
  series: Set<string>,
  addSamples: (n: number) => void,
) {
  for (const b of blocks) {
    series.add(`${b.name}${JSON.stringify(b.labels)}`);
    addSamples(b.values.length);
    yield b;
  }
}

const harnessDirs = async () =>
  new Set(
    (await readdir(tmpdir())).filter(n => n.startsWith('slo-prometheus-')),
  );

async function duBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await duBytes(path);
    else total += (await stat(path)).size;
  }
  return total;
}

/**
 * Writes a synthetic fleet's history as OpenMetrics, backfills it into a
 * real Prometheus with the test harness and times one first
 * `AggregationTask.run(now)` for a catalog of matching Components on a
 * fresh PostgreSQL database. All files are deleted afterwards.
 */
export async function aggregationBench(
  options: AggregationOptions,
): Promise<AggregationResult> {
  const dir = await mkdtemp(join(tmpdir(), 'slo-aggregation-bench-'));
  try {
    const fleet = syntheticFleet({ services: options.services, seed: 2026 });
    const end = Math.floor(Date.now() / 1000 / DAY) * DAY;
    const start = end - options.days * DAY;
    const file = join(dir, 'history.om');
    const series = new Set<string>();
    let samples = 0;
    const generateStart = performance.now();
    const blocks = generateSeries({
      fleet,
      start,
      end,
      stepSeconds: options.stepSeconds,
      seed: 2026,
    });
    const stream = createWriteStream(file);
    await writeAll(
      openMetricsText(counted(blocks, series, n => (samples += n))),
      stream,
    );
    stream.end();
    await finished(stream);
    const generateMs = performance.now() - generateStart;
    const fileBytes = (await stat(file)).size;

    const before = await harnessDirs();
    const backfillStart = performance.now();
    const prometheus = await startPrometheus({
      openMetrics: { file },
      readyTimeoutMs: 120_000,
    });
    const backfillMs = performance.now() - backfillStart;
    // The input is no longer needed once the blocks are written.
    await rm(file, { force: true });
    try {
      // The harness's own directory: the one that appeared just now.
      let dataDirBytes = 0;
      for (const name of await harnessDirs()) {
        if (!before.has(name)) {
          dataDirBytes += await duBytes(join(tmpdir(), name)).catch(() => 0);
        }
      }
      const entities: Entity[] = fleet.services.map(s => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: s.name, namespace: 'default' },
        spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
      }));
      return await withRecoDatabase(async database => {
        const store = await SliAggregateStore.create({ database });
        const config = new ConfigReader({});
        const task = new AggregationTask({
          catalog: catalogServiceMock({ entities }),
          auth: mockServices.auth(),
          prometheus: PrometheusClient.create({
            config: {
              baseUrl: prometheus.baseUrl,
              requestTimeoutMs: 120_000,
              headers: {},
            },
            logger: silentLogger,
          }),
          store,
          mapping: readTelemetryConfig(config),
          config: readAggregationConfig(config),
          logger: silentLogger,
        });
        const run = await measure(() => task.run(new Date(end * 1000)));
        const count = async (resolution: 'hour' | 'day') =>
          (
            await store.listMany(
              resolution,
              new Date((start - DAY) * 1000),
              new Date(end * 1000),
            )
          ).filter(a => !a.gap).length;
        return {
          options,
          series: series.size,
          samples,
          fileBytes,
          generateMs,
          backfillMs,
          dataDirBytes,
          runMs: run.ms,
          memory: run.memory,
          entities: run.result.entities,
          mapped: run.result.mapped,
          withData: run.result.withData,
          queries: run.result.queries,
          buckets: run.result.buckets,
          hourRows: await count('hour'),
          dayRows: await count('day'),
        };
      });
    } finally {
      await prometheus.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
