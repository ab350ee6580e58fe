import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AggregationConfig } from '../config/readAggregationConfig';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import {
  buildBatchQueries,
  quantileQuery,
  TelemetryBatch,
} from '../telemetry/batchQueries';
import {
  EntityTelemetryMapping,
  isMappingFailure,
} from '../telemetry/metricMapping';
import { readFleetMappings } from '../telemetry/readFleetMappings';
import { TelemetryMappingConfig } from '../telemetry/readTelemetryConfig';
import { SliAggregate, TelemetryStatus } from './SliAggregate';
import { SliAggregateStore } from './SliAggregateStore';
import { movedEntities, summariseByEntity } from './sliDrift';
import { timePages } from './timePages';
import { toAggregates } from './toAggregates';

const STEPS = { hour: 3600, day: 86_400 } as const;
const QUANTILES = { p50: 0.5, p95: 0.95, p99: 0.99, p999: 0.999 } as const;
/** Recommendations look at 30-day windows; so does the drift check. */
const DRIFT_WINDOW_MS = 30 * 86_400_000;
/** Relative move of the error ratio or p99 that invalidates a recommendation. */
const DRIFT_THRESHOLD = 0.05;

export interface AggregationRunResult {
  entities: number;
  mapped: number;
  queries: number;
  buckets: number;
  withData: number;
  pruned: number;
  /** Entities whose SLIs moved by more than 5%, with the reason. */
  moved: Map<string, string>;
}

/**
 * Computes hourly and daily SLIs for every catalog component and resource
 * from Prometheus with batched queries (one query per metric family and
 * batch of services, paged through time), stores them, and records which
 * entities have telemetry.
 */
export class AggregationTask {
  static readonly id = 'slo-sli-aggregation';

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      prometheus: PrometheusClient;
      store: SliAggregateStore;
      mapping: TelemetryMappingConfig;
      config: AggregationConfig;
      logger: LoggerService;
      /** Told about entities whose SLIs moved, e.g. to mark recommendations stale. */
      onSliMoved?: (entityRef: string, reason: string) => Promise<unknown>;
      /** Told how each run ended, e.g. so recommendations know telemetry is stale. */
      onRunFinished?: (outcome: {
        ok: boolean;
        at: Date;
        error?: string;
      }) => void;
    },
  ) {}

  async run(now: Date = new Date()): Promise<AggregationRunResult> {
    try {
      const result = await this.runOnce(now);
      this.deps.onRunFinished?.({ ok: true, at: new Date() });
      return result;
    } catch (e) {
      this.deps.onRunFinished?.({
        ok: false,
        at: new Date(),
        error: e instanceof Error ? e.message : String(e),
      });
      throw e;
    }
  }

  private async runOnce(now: Date): Promise<AggregationRunResult> {
    const { store, config, logger } = this.deps;
    const mappings = await readFleetMappings(this.deps);
    const ok = mappings.filter(m => !isMappingFailure(m));
    const hasHistory = (await store.listStatuses()).some(
      s => s.status === 'ok',
    );
    const driftFrom = new Date(now.getTime() - DRIFT_WINDOW_MS);
    const before = summariseByEntity(
      await store.listMany('day', driftFrom, now),
    );

    let queries = 0;
    let buckets = 0;
    const lastData = new Map<string, Date>();
    for (const resolution of ['hour', 'day'] as const) {
      const step = STEPS[resolution];
      const retention =
        resolution === 'hour'
          ? config.hourlyRetentionMs
          : config.dailyRetentionMs;
      const span = hasHistory
        ? Math.min(config.refreshWindowMs, retention)
        : retention;
      const to = now.getTime() / 1000;
      const pages = timePages(
        to - span / 1000,
        to,
        step,
        config.maxPointsPerQuery,
      );
      const plan = buildBatchQueries(mappings, { rangeSeconds: step });
      for (const batch of plan.batches) {
        // Pages are chronological: gaps before an entity's first sample are
        // not gaps in its telemetry, it did not exist yet. Not storing them
        // keeps a first backfill of a young fleet small.
        const started = new Set<string>();
        for (const page of pages) {
          const all = await this.aggregatePage(batch, resolution, step, page);
          queries += 6;
          const rows = all.filter(r => {
            if (!r.gap) started.add(r.entityRef);
            return started.has(r.entityRef);
          });
          buckets += rows.length;
          for (const r of rows) {
            if (r.gap) continue;
            const end = r.bucketStart.getTime() + step * 1000;
            const known = lastData.get(r.entityRef)?.getTime() ?? 0;
            if (end > known) lastData.set(r.entityRef, new Date(end));
          }
          await store.upsert(rows);
        }
      }
    }

    const searched = hasHistory
      ? config.refreshWindowMs
      : config.hourlyRetentionMs;
    await store.setStatus(statusesOf(mappings, lastData, searched));
    const pruned = await store.prune({
      hour: new Date(now.getTime() - config.hourlyRetentionMs),
      day: new Date(now.getTime() - config.dailyRetentionMs),
    });
    const after = summariseByEntity(
      await store.listMany('day', driftFrom, now),
    );
    // Telemetry appearing counts too: a recommendation generated before the
    // first backfill was archetype-only and must be regenerated.
    const moved = movedEntities(before, after, DRIFT_THRESHOLD);
    for (const [ref, reason] of moved) {
      await this.deps.onSliMoved?.(ref, `SLIs changed: ${reason}`);
    }
    const result = {
      entities: mappings.length,
      mapped: ok.length,
      queries,
      buckets,
      withData: lastData.size,
      pruned,
      moved,
    };
    logger.info(
      `SLI aggregation: ${result.entities} entities, ${result.mapped} mapped, ` +
        `${result.withData} with data, ${result.queries} PromQL queries, ` +
        `${result.buckets} buckets written, ${result.pruned} pruned, ` +
        `${moved.size} moved by more than 5%`,
    );
    return result;
  }

  private async aggregatePage(
    batch: TelemetryBatch,
    resolution: 'hour' | 'day',
    step: number,
    page: { start: number; end: number; timestamps: number[] },
  ): Promise<SliAggregate[]> {
    const { prometheus } = this.deps;
    const range = { start: page.start, end: page.end, step };
    const [totals, errors, ...quantiles] = await Promise.all([
      prometheus.queryRange(batch.queries.totals, range),
      prometheus.queryRange(batch.queries.errors, range),
      ...Object.values(QUANTILES).map(q =>
        prometheus.queryRange(quantileQuery(batch, q), range),
      ),
    ]);
    const names = Object.keys(QUANTILES) as (keyof typeof QUANTILES)[];
    return toAggregates(
      {
        resolution,
        timestamps: page.timestamps,
        stepSeconds: step,
        totals,
        errors,
        quantiles: Object.fromEntries(names.map((n, i) => [n, quantiles[i]])),
      },
      batch.serviceLabel,
      batch.refByLabelValue,
    );
  }
}

function statusesOf(
  mappings: EntityTelemetryMapping[],
  lastData: Map<string, Date>,
  searchedMs: number,
): TelemetryStatus[] {
  const hours = Math.round(searchedMs / 3600_000);
  return mappings.map(m => {
    if (isMappingFailure(m)) {
      return {
        entityRef: m.entityRef,
        status: 'invalid_mapping',
        message: m.error,
      };
    }
    const last = lastData.get(m.entityRef);
    if (last) return { entityRef: m.entityRef, status: 'ok', lastDataAt: last };
    return {
      entityRef: m.entityRef,
      status: 'no_data',
      message: `no samples of ${m.totalMetric}{${m.matchers}} in the last ${hours} hours`,
    };
  });
}
