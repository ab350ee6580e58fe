import type { SliDriftPoint } from '@slo-engine/plugin-slo-common';
import { byLabel, finite } from '../aggregation/toAggregates';
import { timePages } from '../aggregation/timePages';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { buildBatchQueries, quantileQuery } from '../telemetry/batchQueries';
import type { TelemetryMapping } from '../telemetry/metricMapping';

/** One entity's points, oldest first. */
export interface EntityDriftPoints {
  availability: SliDriftPoint[];
  latency: SliDriftPoint[];
}

/**
 * Reads short SLI points (availability and p99 of each `step`) for many
 * entities with batched range queries: three queries per batch and page,
 * whatever the number of entities. The hourly aggregates are too coarse
 * for drift: a change must be confirmed within 30 minutes (AC-009).
 */
export class DriftPointReader {
  constructor(
    private readonly prometheus: Pick<PrometheusClient, 'queryRange'>,
    private readonly options: {
      stepSeconds: number;
      minEventsPerLatencyPoint: number;
      maxPointsPerQuery: number;
    },
  ) {}

  /** Points ending in (from, to], both unix seconds, per entity ref. */
  async read(
    mappings: TelemetryMapping[],
    fromSeconds: number,
    toSeconds: number,
  ): Promise<{ points: Map<string, EntityDriftPoints>; queries: number }> {
    const { stepSeconds: step, maxPointsPerQuery } = this.options;
    const points = new Map<string, EntityDriftPoints>();
    let queries = 0;
    const pages = timePages(fromSeconds, toSeconds, step, maxPointsPerQuery);
    const plan = buildBatchQueries(mappings, { rangeSeconds: step });
    for (const batch of plan.batches) {
      for (const page of pages) {
        const range = { start: page.start, end: page.end, step };
        const [totals, errors, p99] = await Promise.all([
          this.prometheus.queryRange(batch.queries.totals, range),
          this.prometheus.queryRange(batch.queries.errors, range),
          this.prometheus.queryRange(quantileQuery(batch, 0.99), range),
        ]);
        queries += 3;
        const label = batch.serviceLabel;
        const byTotal = byLabel(totals, label);
        const byError = byLabel(errors, label);
        const byP99 = byLabel(p99, label);
        for (const [value, entityRef] of batch.refByLabelValue) {
          const entity = points.get(entityRef) ?? {
            availability: [],
            latency: [],
          };
          points.set(entityRef, entity);
          for (const t of page.timestamps) {
            const total = finite(byTotal.get(value)?.get(t));
            if (total === undefined || total <= 0) {
              continue;
            }
            const bad = Math.min(
              total,
              Math.max(0, finite(byError.get(value)?.get(t)) ?? 0),
            );
            const at = t * 1000;
            entity.availability.push({
              t: at,
              value: (total - bad) / total,
              events: total,
            });
            const seconds = finite(byP99.get(value)?.get(t));
            if (
              seconds !== undefined &&
              seconds > 0 &&
              total >= this.options.minEventsPerLatencyPoint
            ) {
              entity.latency.push({
                t: at,
                value: seconds * 1000,
                events: total,
              });
            }
          }
        }
      }
    }
    return { points, queries };
  }
}
