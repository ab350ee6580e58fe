import { buildBatchQueries, TelemetryBatch } from '../telemetry/batchQueries';
import type { TelemetryMapping } from '../telemetry/metricMapping';
import type { FleetSli } from './fleetSlis';
import { isPrometheusError } from './isPrometheusError';
import type { WindowCounts } from './types';

/** Results of one window (`w:30d`) or one finished hour (`h:<ms>`), per entity. */
export interface SlotData {
  ratio: Map<string, { total?: number; errors?: number }>;
  buckets: Map<string, Map<string, number>>;
}

/** A query's samples as (slot, value) points per series. */
export type Runner = (
  promql: string,
) => Promise<
  Array<{ metric: Record<string, string>; points: Array<[string, number]> }>
>;

/** What a run of queries adds up to, failures included. */
export interface QueryTally {
  queries: number;
  /** Entities a failed query left without numbers. */
  failedEntities: Set<string>;
  errors: string[];
}

/** The telemetry of the SLIs' entities, once per entity. */
export function mappingsOf(slis: FleetSli[]): TelemetryMapping[] {
  const byRef = new Map<string, TelemetryMapping>();
  for (const s of slis) byRef.set(s.entity.entityRef, s.entity.telemetry);
  return [...byRef.values()];
}

function slotOf(data: Map<string, SlotData>, slot: string): SlotData {
  let d = data.get(slot);
  if (!d) {
    d = { ratio: new Map(), buckets: new Map() };
    data.set(slot, d);
  }
  return d;
}

/**
 * Runs the batched queries of one family (`ratio`: totals and errors,
 * `buckets`: `sum by (<service label>, le)`) over one range and files the
 * results by slot and entity. A failed batch marks its entities failed.
 */
export async function runFamily(
  family: 'ratio' | 'buckets',
  mappings: TelemetryMapping[],
  rangeSeconds: number,
  run: Runner,
  data: Map<string, SlotData>,
  tally: QueryTally,
): Promise<void> {
  if (mappings.length === 0) return;
  const plan = buildBatchQueries(mappings, { rangeSeconds });
  const touched = new Set<string>();
  const file = (
    batch: TelemetryBatch,
    series: Awaited<ReturnType<Runner>>,
    put: (d: SlotData, ref: string, value: number, le?: string) => void,
  ) => {
    for (const s of series) {
      const ref = batch.refByLabelValue.get(s.metric[batch.serviceLabel]);
      if (!ref) continue;
      for (const [slot, value] of s.points) {
        if (!Number.isFinite(value)) continue;
        touched.add(slot);
        put(slotOf(data, slot), ref, value, s.metric.le);
      }
    }
  };
  for (const batch of plan.batches) {
    try {
      if (family === 'ratio') {
        tally.queries += 2;
        const [totals, errors] = await Promise.all([
          run(batch.queries.totals),
          run(batch.queries.errors),
        ]);
        file(batch, totals, (d, ref, total) =>
          d.ratio.set(ref, { ...d.ratio.get(ref), total }),
        );
        file(batch, errors, (d, ref, value) =>
          d.ratio.set(ref, { ...d.ratio.get(ref), errors: value }),
        );
      } else {
        tally.queries += 1;
        file(batch, await run(batch.queries.buckets), (d, ref, value, le) => {
          if (le === undefined) return;
          if (!d.buckets.has(ref)) d.buckets.set(ref, new Map());
          d.buckets.get(ref)!.set(le, value);
        });
      }
    } catch (e) {
      if (!isPrometheusError(e)) throw e;
      failBatch(batch, plan.duplicates, tally, e.message);
    }
  }
  // Entities sharing another's series read the same numbers.
  for (const d of plan.duplicates) {
    if (tally.failedEntities.has(d.sameAs)) {
      tally.failedEntities.add(d.entityRef);
    }
    for (const slot of touched) {
      const s = data.get(slot)!;
      const r = s.ratio.get(d.sameAs);
      if (r) s.ratio.set(d.entityRef, r);
      const b = s.buckets.get(d.sameAs);
      if (b) s.buckets.set(d.entityRef, b);
    }
  }
}

function failBatch(
  batch: TelemetryBatch,
  duplicates: Array<{ entityRef: string; sameAs: string }>,
  tally: QueryTally,
  message: string,
) {
  const refs = new Set(batch.refByLabelValue.values());
  for (const ref of refs) tally.failedEntities.add(ref);
  for (const d of duplicates) {
    if (refs.has(d.sameAs)) tally.failedEntities.add(d.entityRef);
  }
  tally.errors.push(message);
}

/** An SLI's counts in one slot; undefined when its series are missing. */
export function countsOf(
  s: FleetSli,
  slot: SlotData | undefined,
): WindowCounts | undefined {
  const ref = s.entity.entityRef;
  if (s.family === 'ratio') {
    const v = slot?.ratio.get(ref);
    if (v?.total === undefined) return undefined;
    // No error series yet means no errors, as `or vector(0)` in the rules.
    return { total: v.total, bad: v.errors ?? 0 };
  }
  const buckets = slot?.buckets.get(ref);
  const total = buckets?.get('+Inf');
  if (!buckets || total === undefined) return undefined;
  let fast: number | undefined;
  for (const [le, value] of buckets) {
    // `le="1"` and Prometheus 3's `le="1.0"` name the same boundary.
    if (Number(le) === s.boundary) fast = (fast ?? 0) + value;
  }
  return fast === undefined ? undefined : { total, bad: total - fast };
}
