import { DailySli, normaliseHistory } from '@slo-engine/plugin-slo-common';
import { SliAggregate } from '../aggregation/SliAggregate';
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

/** FNV-1a of the text: a stable, non-zero 32-bit seed. */
export function stableSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash || 1;
}
