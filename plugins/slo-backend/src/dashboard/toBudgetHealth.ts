import {
  DashboardBudgetBucket,
  DashboardBudgetBucketCount,
  DashboardBudgetHealthResponse,
  DashboardBudgetPair,
  ERROR_BUDGET_STATUSES,
  ErrorBudgetStatus,
} from '@slo-engine/plugin-slo-common';
import type { BudgetFigure, DashboardEntity } from './types';

/** `[from, to)` of consumed share; the last bucket is open. */
const BUCKETS: Array<{
  bucket: DashboardBudgetBucket;
  from: number;
  to: number | null;
}> = [
  { bucket: 'lt_25', from: 0, to: 0.25 },
  { bucket: '25_50', from: 0.25, to: 0.5 },
  { bucket: '50_75', from: 0.5, to: 0.75 },
  { bucket: '75_100', from: 0.75, to: 1 },
  { bucket: 'gte_100', from: 1, to: null },
];

interface Pair extends BudgetFigure {
  entity: DashboardEntity;
}

function consumption(pairs: Pair[]): DashboardBudgetBucketCount[] {
  const counts = BUCKETS.map(b => ({ ...b, count: 0 }));
  let noData = 0;
  for (const { consumedShare: share } of pairs) {
    if (share === undefined) noData++;
    else {
      // Shares below 0 do not occur; count them with the lowest bucket.
      const at = counts.findIndex(b => b.to === null || share < b.to);
      counts[at].count++;
    }
  }
  return [
    ...counts,
    { bucket: 'no_data', from: null, to: null, count: noData },
  ];
}

/** Highest share first, then earliest exhaustion (never last), then by ref. */
function closer(a: Pair, b: Pair): number {
  const share = (b.consumedShare ?? 0) - (a.consumedShare ?? 0);
  if (share !== 0) return share;
  const at = (p: Pair) => p.exhaustsAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (at(a) !== at(b)) return at(a) < at(b) ? -1 : 1;
  return (
    a.entity.entityRef.localeCompare(b.entity.entityRef) ||
    a.sli.localeCompare(b.sli)
  );
}

const toPair = (p: Pair): DashboardBudgetPair => ({
  entity_ref: p.entity.entityRef,
  owner: p.entity.owner ?? null,
  system: p.entity.system ?? null,
  slo_id: p.sloId,
  sli: p.sli,
  consumed_share: p.consumedShare ?? 0,
  remaining_minutes: p.remainingMinutes ?? null,
  status: p.status,
  projected_exhaustion: p.exhaustsAt?.toISOString() ?? null,
});

/** `GET /dashboard/error-budget-health` from the filtered entity rows. */
export function toBudgetHealth(
  entities: DashboardEntity[],
  computedAt: Date | undefined,
  limit: number,
): DashboardBudgetHealthResponse {
  const active = entities.filter(e => e.coverage === 'active_slo');
  const pairs: Pair[] = active.flatMap(entity =>
    entity.budgets.map(b => ({ ...b, entity })),
  );
  const byStatus = Object.fromEntries(
    ERROR_BUDGET_STATUSES.map(s => [s, 0]),
  ) as Record<ErrorBudgetStatus, number>;
  pairs.forEach(p => byStatus[p.status]++);
  return {
    computed_at: computedAt?.toISOString() ?? null,
    entities_with_active_slo: active.length,
    entities_without_snapshot: active.filter(e => e.budgets.length === 0)
      .length,
    slis: pairs.length,
    consumption: consumption(pairs),
    by_status: byStatus,
    closest_to_exhaustion: pairs
      .filter(p => p.consumedShare !== undefined)
      .sort(closer)
      .slice(0, limit)
      .map(toPair),
  };
}
