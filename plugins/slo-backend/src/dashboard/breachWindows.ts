import type { SliAggregate } from '../aggregation/SliAggregate';
import type { JudgedWindow, TierTallies } from './types';

export const DAY_MS = 86_400_000;

export interface SloWindow {
  index: number;
  start: Date;
  end: Date;
}

/**
 * The consecutive windows of `windowDays` from `activatedAt` that ended by
 * `cutoff` (the earlier of now and the SLO's supersession): the windows
 * the SLO was in force for from start to end.
 */
export function completedWindows(
  activatedAt: Date,
  windowDays: number,
  cutoff: Date,
): SloWindow[] {
  const length = windowDays * DAY_MS;
  const windows: SloWindow[] = [];
  if (!(length > 0)) return windows;
  for (let index = 0; ; index++) {
    const start = activatedAt.getTime() + index * length;
    const end = start + length;
    if (end > cutoff.getTime()) return windows;
    windows.push({ index, start: new Date(start), end: new Date(end) });
  }
}

// 99.9 / 100 is 0.9990000000000001 in binary: compare at 12 significant
// digits, so a window that achieved exactly its target is not a breach.
const round12 = (x: number) => Number(x.toPrecision(12));

/**
 * Achieved availability over a window: good / total summed over the daily
 * buckets lying fully inside it (a window rarely starts at midnight, so its
 * partial first and last days are left out). Gaps add nothing. Breached
 * when below the target; undefined when the window saw no traffic.
 */
export function judgeWindow(
  buckets: SliAggregate[],
  window: SloWindow,
  targetPercent: number,
): { good: number; total: number; breached?: boolean } {
  let good = 0;
  let total = 0;
  for (const b of buckets) {
    const start = b.bucketStart.getTime();
    if (start < window.start.getTime()) continue;
    if (start + DAY_MS > window.end.getTime()) continue;
    if (b.good === undefined || b.total === undefined) continue;
    good += b.good;
    total += b.total;
  }
  if (!(total > 0)) return { good, total };
  return {
    good,
    total,
    breached: round12(good / total) < round12(targetPercent / 100),
  };
}

/** Windows counted per entity and tier, as stored on the entity rows. */
export function tallyWindows(
  windows: JudgedWindow[],
): Map<string, TierTallies> {
  const result = new Map<string, TierTallies>();
  for (const w of windows) {
    const byTier = result.get(w.entityRef) ?? {};
    const tally = byTier[w.tier] ?? {
      completed: 0,
      breached: 0,
      withoutData: 0,
    };
    if (w.breached === undefined) tally.withoutData++;
    else {
      tally.completed++;
      if (w.breached) tally.breached++;
    }
    byTier[w.tier] = tally;
    result.set(w.entityRef, byTier);
  }
  return result;
}
