import { indicatorQueries, SloAlertSpec } from '@slo-engine/plugin-slo-common';
import type { PrometheusClient } from '../prometheus/PrometheusClient';
import type { InstantSample } from '../prometheus/prometheusResponse';
import { budgetWindows } from './budgetWindows';
import type { WindowCounts } from './types';

/** Label that tells the windows of one union query apart. */
const WINDOW_LABEL = 'slo_budget_window';

/**
 * One query for every window: `label_replace(<expr [w]>, "slo_budget_window",
 * "w", "", "") or …`. The label makes the vectors disjoint, so `or` keeps
 * them all and one round trip answers every window.
 */
export function windowUnionQuery(
  expr: (window: string) => string,
  windows: string[],
): string {
  return windows
    .map(w => `label_replace(${expr(w)}, "${WINDOW_LABEL}", "${w}", "", "")`)
    .join(' or ');
}

function byWindow(samples: InstantSample[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const s of samples) {
    const w = s.metric[WINDOW_LABEL];
    if (w !== undefined && Number.isFinite(s.value)) values.set(w, s.value);
  }
  return values;
}

export interface SliCounts {
  counts: Map<string, WindowCounts>;
  /** Which histogram bucket a latency SLI uses, and why. */
  note?: string;
  /** The series whose absence means no data. */
  selector: string;
  queries: number;
}

/**
 * Events and bad events of one SLI over its SLO window and every pair
 * window, with the PromQL of the alert rules (`indicatorQueries`), in two
 * queries. A window without samples is left out.
 */
export async function querySliCounts(
  prometheus: Pick<PrometheusClient, 'query'>,
  spec: SloAlertSpec,
  now: Date,
): Promise<SliCounts> {
  const q = indicatorQueries(spec.indicator);
  const windows = budgetWindows(spec.windowDays, spec.objective).all;
  const time = now.getTime() / 1000;
  const [totals, errors] = await Promise.all([
    prometheus.query(windowUnionQuery(q.total, windows), time),
    prometheus.query(windowUnionQuery(q.errors, windows), time),
  ]);
  const total = byWindow(totals);
  const bad = byWindow(errors);
  const counts = new Map<string, WindowCounts>();
  for (const w of windows) {
    const t = total.get(w);
    const b = bad.get(w);
    // A latency SLI without its `le` bucket has totals but no bad count.
    if (t !== undefined && b !== undefined) counts.set(w, { total: t, bad: b });
  }
  return {
    counts,
    ...(q.bucketNote ? { note: q.bucketNote } : {}),
    selector: q.absentSelector,
    queries: 2,
  };
}
