import type { PrometheusClient } from '../prometheus/PrometheusClient';
import {
  countsOf,
  mappingsOf,
  QueryTally,
  Runner,
  runFamily,
  SlotData,
} from './batchedCounts';
import { FleetSli, sliKey } from './fleetSlis';
import { countSingleSli } from './singleSliCounts';
import type { WindowCounts } from './types';

const HOUR_S = 3600;

export interface FleetCounts extends QueryTally {
  /** Counts per SLI key (`ref#sli`) and window. */
  windows: Map<string, Map<string, WindowCounts>>;
  /** Counts of finished hours per SLI key, by hour start (ms). */
  hours: Map<string, Map<number, WindowCounts>>;
  /** Why an SLI has no numbers, when not for missing series. */
  notes: Map<string, string>;
}

export interface FleetCountOptions {
  /** Finished hours re-read each run, so a missed run leaves no gap. */
  hourlyBackfill: number;
}

/**
 * Collects the events of every SLI of the fleet with batched queries: per
 * window, one `sum by (<service label>)` query of totals and one of errors
 * for availability, one `sum by (<service label>, le)` for latency, per
 * batch of entities sharing metrics and matchers (`buildBatchQueries`);
 * plus the same for the last finished hours as one range query each. The
 * number of queries depends on windows and batches, not on entities.
 */
export async function collectFleetCounts(
  prometheus: Pick<PrometheusClient, 'query' | 'queryRange'>,
  slis: FleetSli[],
  now: Date,
  options: FleetCountOptions,
): Promise<FleetCounts> {
  const result: FleetCounts = {
    windows: new Map(),
    hours: new Map(),
    notes: new Map(),
    failedEntities: new Set(),
    errors: [],
    queries: 0,
  };
  const data = new Map<string, SlotData>();
  const time = now.getTime() / 1000;
  const hourEnd = Math.floor(time / HOUR_S) * HOUR_S;
  const hourRange = {
    start: hourEnd - (options.hourlyBackfill - 1) * HOUR_S,
    end: hourEnd,
    step: HOUR_S,
  };
  const instant =
    (slot: string): Runner =>
    async q =>
      (await prometheus.query(q, time)).map(s => ({
        metric: s.metric,
        points: [[slot, s.value]],
      }));
  const hourly: Runner = async q =>
    (await prometheus.queryRange(q, hourRange)).map(s => ({
      metric: s.metric,
      // increase(…[1h]) at T covers the hour that ends at T.
      points: s.values.map(v => [
        `h:${(v.timestamp - HOUR_S) * 1000}`,
        v.value,
      ]),
    }));

  const windows = new Map<string, number>();
  for (const s of slis) {
    if (s.family === 'single') continue;
    for (const [w, seconds] of s.windows.seconds) windows.set(w, seconds);
  }
  for (const family of ['ratio', 'buckets'] as const) {
    const ofFamily = slis.filter(s => s.family === family);
    for (const [w, seconds] of windows) {
      const needing = ofFamily.filter(s => s.windows.seconds.has(w));
      const run = instant(`w:${w}`);
      await runFamily(family, mappingsOf(needing), seconds, run, data, result);
    }
    await runFamily(family, mappingsOf(ofFamily), HOUR_S, hourly, data, result);
  }

  for (const s of slis) {
    const key = sliKey(s);
    if (s.family === 'single') {
      const single = await countSingleSli(
        prometheus,
        s,
        now,
        hourRange,
        result,
      );
      if (single.windows) result.windows.set(key, single.windows);
      if (single.hours) result.hours.set(key, single.hours);
      if (single.note) result.notes.set(key, single.note);
      continue;
    }
    if (result.failedEntities.has(s.entity.entityRef)) continue;
    const byWindow = new Map<string, WindowCounts>();
    for (const w of s.windows.all) {
      const c = countsOf(s, data.get(`w:${w}`));
      if (c) byWindow.set(w, c);
    }
    result.windows.set(key, byWindow);
    const byHour = new Map<number, WindowCounts>();
    for (let t = hourRange.start; t <= hourRange.end; t += HOUR_S) {
      const start = (t - HOUR_S) * 1000;
      const c = countsOf(s, data.get(`h:${start}`));
      if (c) byHour.set(start, c);
    }
    result.hours.set(key, byHour);
  }
  return result;
}
