import { DailySli, normaliseHistory } from '@slo-engine/plugin-slo-common';
import { SliAggregate } from '../aggregation/SliAggregate';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { TelemetryGap } from './types';

export const MS_PER_DAY = 86_400_000;

/** Start of the UTC day `now` falls in. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / MS_PER_DAY) * MS_PER_DAY);
}

/** Daily aggregate buckets as the engine's input; gap buckets stay gaps. */
export function toDailySli(aggregates: readonly SliAggregate[]): DailySli[] {
  return aggregates
    .filter(a => a.resolution === 'day')
    .map(a => {
      const day = a.bucketStart.toISOString().slice(0, 10);
      if (a.gap || a.good === undefined || a.total === undefined) {
        return { day, good: 0, total: 0, gap: true };
      }
      // Only the quantiles Prometheus returned: a missing p99.9 must not
      // be stood in for by the p99.
      const quantiles = Object.fromEntries(
        Object.entries(a.latencyMs ?? {}).filter(([, v]) => v !== undefined),
      );
      const latency =
        Object.keys(quantiles).length > 0
          ? { latencyQuantilesMs: quantiles }
          : {};
      return { day, good: a.good, total: a.total, ...latency };
    });
}

/** Days with data (not gaps, with traffic). */
export function dataDays(history: readonly DailySli[]): number {
  return history.filter(d => !d.gap && d.total > 0).length;
}

/** Runs of days without data inside the span the engine looks at. */
export function telemetryGaps(
  history: readonly DailySli[],
  lookbackDays: number,
): TelemetryGap[] {
  const gaps: TelemetryGap[] = [];
  let open: TelemetryGap | undefined;
  for (const d of normaliseHistory(history, lookbackDays)) {
    if (d.gap || d.total <= 0) {
      if (open) {
        open.end = d.day;
        open.days += 1;
      } else {
        open = { start: d.day, end: d.day, days: 1 };
        gaps.push(open);
      }
    } else {
      open = undefined;
    }
  }
  return gaps;
}

/**
 * Observed availability over the buckets: Σgood / Σtotal of the days with
 * data; undefined without traffic.
 */
export function observedAvailability(
  aggregates: readonly SliAggregate[],
): number | undefined {
  let good = 0;
  let total = 0;
  for (const a of aggregates) {
    if (a.gap || a.good === undefined || a.total === undefined) continue;
    good += a.good;
    total += a.total;
  }
  return total > 0 ? good / total : undefined;
}

/**
 * Observed availability of each of `refs` over [start, end) from their
 * daily aggregates, in one batched read; refs without data are absent.
 */
export async function readObservedAvailability(
  aggregates: Pick<SliAggregateStore, 'listMany'>,
  refs: string[],
  start: Date,
  end: Date,
): Promise<Map<string, number>> {
  const byRef = new Map<string, SliAggregate[]>();
  for (const a of await aggregates.listMany('day', start, end, refs)) {
    const list = byRef.get(a.entityRef);
    if (list) list.push(a);
    else byRef.set(a.entityRef, [a]);
  }
  const result = new Map<string, number>();
  for (const [ref, rows] of byRef) {
    const availability = observedAvailability(rows);
    if (availability !== undefined) result.set(ref, availability);
  }
  return result;
}

/** FNV-1a of the text: a stable, non-zero 32-bit seed. */
export function stableSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash || 1;
}
