import { indicatorQueries } from '@slo-engine/plugin-slo-common';
import type { PrometheusClient } from '../prometheus/PrometheusClient';
import type { QueryTally } from './batchedCounts';
import type { FleetSli } from './fleetSlis';
import { isPrometheusError } from './isPrometheusError';
import { querySliCounts } from './sliCountQueries';
import type { WindowCounts } from './types';

const HOUR_S = 3600;

export interface SingleSliCounts {
  windows?: Map<string, WindowCounts>;
  hours?: Map<number, WindowCounts>;
  /** Why the SLI cannot be counted at all. */
  note?: string;
}

/**
 * An SLI whose selectors the batches cannot express, with its own
 * queries: one per kind for all windows, one per kind for the hours.
 */
export async function countSingleSli(
  prometheus: Pick<PrometheusClient, 'query' | 'queryRange'>,
  s: FleetSli,
  now: Date,
  hourRange: { start: number; end: number; step: number },
  tally: QueryTally,
): Promise<SingleSliCounts> {
  let q: ReturnType<typeof indicatorQueries>;
  try {
    q = indicatorQueries(s.resolved.spec.indicator);
  } catch (e) {
    return { note: `its events cannot be queried: ${(e as Error).message}` };
  }
  try {
    tally.queries += 4;
    const [live, totals, errors] = await Promise.all([
      querySliCounts(prometheus, s.resolved.spec, now),
      prometheus.queryRange(q.total('1h'), hourRange),
      prometheus.queryRange(q.errors('1h'), hourRange),
    ]);
    const bad = new Map(
      (errors[0]?.values ?? []).map(v => [v.timestamp, v.value]),
    );
    const hours = new Map<number, WindowCounts>();
    for (const v of totals[0]?.values ?? []) {
      const b = bad.get(v.timestamp);
      if (b === undefined) continue;
      // increase(…[1h]) at T covers the hour that ends at T.
      hours.set((v.timestamp - HOUR_S) * 1000, { total: v.value, bad: b });
    }
    return { windows: live.counts, hours };
  } catch (e) {
    if (!isPrometheusError(e)) throw e;
    tally.failedEntities.add(s.entity.entityRef);
    tally.errors.push(e.message);
    return {};
  }
}
