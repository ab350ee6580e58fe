import { SeriesBlock } from './generate';
import {
  CumulativeBucket,
  histogramQuantile,
  LATENCY_BUCKETS,
} from './latency';

export interface CollectedSeries {
  timestamps: number[];
  values: number[];
}

/** Joins the chunks of every series: key `name{"label":"value",...}`. */
export function collect(
  blocks: Iterable<SeriesBlock>,
): Map<string, CollectedSeries> {
  const out = new Map<string, CollectedSeries>();
  for (const b of blocks) {
    const key = `${b.name}${JSON.stringify(b.labels)}`;
    const s = out.get(key) ?? { timestamps: [], values: [] };
    s.timestamps.push(...b.timestamps);
    s.values.push(...b.values);
    out.set(key, s);
  }
  return out;
}

export const key = (name: string, labels: Record<string, string>) =>
  `${name}${JSON.stringify(labels)}`;

/** Increase of a series between two times (exact sample times). */
export function increase(s: CollectedSeries, from: number, to: number): number {
  const at = (t: number) => {
    const i = s.timestamps.indexOf(t);
    if (i < 0) throw new Error(`no sample at ${t}`);
    return s.values[i];
  };
  return at(to) - at(from);
}

/** p-quantile of a service's latency between two times, from its buckets. */
export function quantileBetween(
  series: Map<string, CollectedSeries>,
  service: string,
  q: number,
  from: number,
  to: number,
): number {
  const buckets: CumulativeBucket[] = [...LATENCY_BUCKETS, Infinity].map(
    bound => {
      const le = bound === Infinity ? '+Inf' : String(bound);
      const s = series.get(
        key('http_server_request_duration_seconds_bucket', { service, le }),
      )!;
      return { upperBound: bound, count: increase(s, from, to) };
    },
  );
  return histogramQuantile(q, buckets);
}
