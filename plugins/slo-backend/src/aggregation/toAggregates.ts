import { RangeSeries } from '../prometheus/prometheusResponse';
import { SliAggregate } from './SliAggregate';

/** Range-query results of one page, all evaluated on the same time grid. */
export interface AggregationPage {
  resolution: 'hour' | 'day';
  /** Grid timestamps (unix seconds) at which each query was evaluated. */
  timestamps: number[];
  stepSeconds: number;
  /** `sum by (label) (increase(total[step]))` */
  totals: RangeSeries[];
  /** `sum by (label) (increase(errors[step]))` */
  errors: RangeSeries[];
  /** `histogram_quantile(q, sum by (label, le) (increase(buckets[step])))`, in seconds */
  quantiles: Partial<Record<'p50' | 'p95' | 'p99' | 'p999', RangeSeries[]>>;
}

/** Samples of each series by its `label` value, then by timestamp. */
export function byLabel(series: RangeSeries[], label: string) {
  const result = new Map<string, Map<number, number>>();
  for (const s of series) {
    const key = s.metric[label];
    if (key === undefined) continue;
    result.set(key, new Map(s.values.map(v => [v.timestamp, v.value])));
  }
  return result;
}

export const finite = (v: number | undefined) =>
  v !== undefined && Number.isFinite(v) ? v : undefined;

/**
 * Turns one page of batched range queries into buckets for each entity.
 * A sample at time t covers (t − step, t]. A bucket without a total sample,
 * or with no traffic, is a gap, never a zero; a missing error series with
 * traffic means no errors.
 */
export function toAggregates(
  page: AggregationPage,
  label: string,
  refByLabelValue: Map<string, string>,
): SliAggregate[] {
  const totals = byLabel(page.totals, label);
  const errors = byLabel(page.errors, label);
  const quantiles = Object.entries(page.quantiles).map(
    ([q, series]) => [q, byLabel(series ?? [], label)] as const,
  );
  const out: SliAggregate[] = [];
  for (const [value, entityRef] of refByLabelValue) {
    for (const t of page.timestamps) {
      const bucketStart = new Date((t - page.stepSeconds) * 1000);
      const total = finite(totals.get(value)?.get(t));
      if (total === undefined || total <= 0) {
        out.push({
          entityRef,
          resolution: page.resolution,
          bucketStart,
          gap: true,
        });
        continue;
      }
      const bad = Math.min(
        total,
        Math.max(0, finite(errors.get(value)?.get(t)) ?? 0),
      );
      const latencyMs: NonNullable<SliAggregate['latencyMs']> = {};
      for (const [q, map] of quantiles) {
        const seconds = finite(map.get(value)?.get(t));
        if (seconds !== undefined) {
          latencyMs[q as keyof typeof latencyMs] = seconds * 1000;
        }
      }
      out.push({
        entityRef,
        resolution: page.resolution,
        bucketStart,
        good: total - bad,
        total,
        availability: (total - bad) / total,
        latencyMs: Object.keys(latencyMs).length > 0 ? latencyMs : undefined,
        requestRate: total / page.stepSeconds,
        gap: false,
      });
    }
  }
  return out;
}
