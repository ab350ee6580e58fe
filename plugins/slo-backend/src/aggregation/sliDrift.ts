import { SliAggregate } from './SliAggregate';

/** What a recommendation was computed from, per entity. */
export interface SliSummary {
  /** Failed share of all events over the window. */
  errorRatio: number;
  /** Traffic-weighted mean of the daily p99 latency, when known. */
  p99Ms?: number;
}

/** Summaries of each entity's non-gap buckets. */
export function summariseByEntity(
  aggregates: SliAggregate[],
): Map<string, SliSummary> {
  const sums = new Map<
    string,
    { good: number; total: number; p99Weighted: number; p99Weight: number }
  >();
  for (const a of aggregates) {
    if (a.gap || a.total === undefined || a.good === undefined) continue;
    const s = sums.get(a.entityRef) ?? {
      good: 0,
      total: 0,
      p99Weighted: 0,
      p99Weight: 0,
    };
    s.good += a.good;
    s.total += a.total;
    if (a.latencyMs?.p99 !== undefined) {
      s.p99Weighted += a.latencyMs.p99 * a.total;
      s.p99Weight += a.total;
    }
    sums.set(a.entityRef, s);
  }
  const result = new Map<string, SliSummary>();
  for (const [ref, s] of sums) {
    if (s.total <= 0) continue;
    result.set(ref, {
      errorRatio: 1 - s.good / s.total,
      p99Ms: s.p99Weight > 0 ? s.p99Weighted / s.p99Weight : undefined,
    });
  }
  return result;
}

function relativeChange(before: number, after: number): number {
  if (before === after) return 0;
  const base = Math.max(Math.abs(before), 1e-9);
  return Math.abs(after - before) / base;
}

/**
 * Entities whose error ratio or p99 latency moved by more than `threshold`
 * (relative, 0.05 = 5%) between two summaries, with a reason for each.
 * Entities that appear or disappear count as moved.
 */
export function movedEntities(
  before: Map<string, SliSummary>,
  after: Map<string, SliSummary>,
  threshold: number,
): Map<string, string> {
  const moved = new Map<string, string>();
  for (const ref of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(ref);
    const a = after.get(ref);
    if (!b || !a) {
      moved.set(ref, a ? 'telemetry appeared' : 'telemetry disappeared');
      continue;
    }
    const errors = relativeChange(b.errorRatio, a.errorRatio);
    if (errors > threshold) {
      moved.set(
        ref,
        `error ratio moved ${(errors * 100).toFixed(
          1,
        )}% (${b.errorRatio.toPrecision(3)} → ${a.errorRatio.toPrecision(3)})`,
      );
      continue;
    }
    if (b.p99Ms !== undefined && a.p99Ms !== undefined) {
      const latency = relativeChange(b.p99Ms, a.p99Ms);
      if (latency > threshold) {
        moved.set(
          ref,
          `p99 latency moved ${(latency * 100).toFixed(1)}% (${b.p99Ms.toFixed(
            0,
          )} ms → ${a.p99Ms.toFixed(0)} ms)`,
        );
      }
    }
  }
  return moved;
}
