import type { SliAggregateStore } from '../aggregation/SliAggregateStore';
import type { StoredSlo } from '../lifecycle/types';
import { completedWindows, judgeWindow } from './breachWindows';
import type { JudgedWindow } from './types';

/**
 * Judges the completed windows of one SLO that are not judged yet, or
 * ended less than `lateDataMs` ago (their last daily buckets may still be
 * recomputed from late samples). Older judgements are kept as they are:
 * the daily aggregates behind them are pruned after their retention.
 */
export async function judgeSloWindows(options: {
  slo: StoredSlo;
  judged: Map<number, JudgedWindow>;
  aggregates: Pick<SliAggregateStore, 'list'>;
  now: Date;
  lateDataMs: number;
}): Promise<JudgedWindow[]> {
  const { slo, judged, now } = options;
  const target = slo.targets.availability;
  if (target === undefined) return [];
  const cutoff =
    slo.supersededAt && slo.supersededAt < now ? slo.supersededAt : now;
  const settled = now.getTime() - options.lateDataMs;
  const due = completedWindows(slo.activatedAt, slo.windowDays, cutoff).filter(
    w => !judged.has(w.index) || w.end.getTime() > settled,
  );
  if (due.length === 0) return [];
  // One read from the first due window to the last.
  const buckets = await options.aggregates.list(
    slo.entityRef,
    'day',
    due[0].start,
    due[due.length - 1].end,
  );
  return due.map(w => ({
    sloId: slo.id,
    index: w.index,
    entityRef: slo.entityRef,
    tier: slo.selectedTier ?? 'none',
    start: w.start,
    end: w.end,
    target,
    computedAt: now,
    ...judgeWindow(buckets, w, target),
  }));
}
