import {
  EntityTelemetryMapping,
  isMappingFailure,
  TelemetryMapping,
} from './metricMapping';
import { escapePromQLString, escapeRegex } from './promqlEscape';

/** Default cap on the length of one query's service regex, in characters. */
export const DEFAULT_MAX_REGEX_LENGTH = 4_000;

/** Queries covering a set of entities that share metrics and extra matchers. */
export interface TelemetryBatch {
  serviceLabel: string;
  /** Service label value (unescaped) to entity ref, as results are keyed. */
  refByLabelValue: Map<string, string>;
  /** `service=~"a|b|c"` plus the shared extra matchers. */
  matchers: string;
  queries: {
    /** `sum by (service) (increase(total{…}[range]))` */
    totals: string;
    /** `sum by (service) (increase(total{…,errors}[range]))` */
    errors: string;
    /** `sum by (service, le) (increase(bucket{…}[range]))`, see {@link quantileQuery}. */
    buckets: string;
  };
}

export interface BatchQueryOptions {
  /** Range of `increase`, in whole seconds (e.g. the step of a range query). */
  rangeSeconds: number;
  /**
   * Longest service regex per query, measured as written in the query
   * (after escaping). A single value longer than this gets a query alone.
   */
  maxRegexLength?: number;
}

export interface BatchQueryPlan {
  batches: TelemetryBatch[];
  /** Entities whose series are already claimed by another entity of the same batch. */
  duplicates: {
    entityRef: string;
    serviceLabelValue: string;
    sameAs: string;
  }[];
}

function groupKey(m: TelemetryMapping): string {
  return JSON.stringify([
    m.serviceLabel,
    m.totalMetric,
    m.errorSelector,
    m.bucketMetric,
    m.extraMatchers,
  ]);
}

/** Escaped regex alternatives, split so each stays within `max` characters. */
export function chunkRegexAlternatives(
  values: string[],
  max: number,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const value of values) {
    const size = escapePromQLString(escapeRegex(value)).length;
    const added = current.length === 0 ? size : length + 1 + size;
    if (current.length > 0 && added > max) {
      chunks.push(current);
      current = [value];
      length = size;
    } else {
      current.push(value);
      length = added;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** `service=~"a|b"` for the given (unescaped) values. */
export function regexMatcher(label: string, values: string[]): string {
  return `${label}=~"${escapePromQLString(values.map(escapeRegex).join('|'))}"`;
}

/**
 * Builds one query per metric family (totals, errors, buckets) for many
 * entities at once, grouped `by (<service label>)`, selecting the services
 * with one escaped regex. Entities that differ in metric names or extra
 * matchers go to different batches; large sets are split so that a query's
 * regex stays under `maxRegexLength`. Failed mappings are skipped.
 */
export function buildBatchQueries(
  mappings: EntityTelemetryMapping[],
  options: BatchQueryOptions,
): BatchQueryPlan {
  const { rangeSeconds } = options;
  if (!Number.isInteger(rangeSeconds) || rangeSeconds <= 0) {
    throw new RangeError(
      `rangeSeconds must be a positive integer, got ${rangeSeconds}`,
    );
  }
  const max = options.maxRegexLength ?? DEFAULT_MAX_REGEX_LENGTH;
  const groups = new Map<
    string,
    { sample: TelemetryMapping; refs: Map<string, string> }
  >();
  const duplicates: BatchQueryPlan['duplicates'] = [];
  for (const m of mappings) {
    if (isMappingFailure(m)) continue;
    const key = groupKey(m);
    let group = groups.get(key);
    if (!group) {
      group = { sample: m, refs: new Map() };
      groups.set(key, group);
    }
    const owner = group.refs.get(m.serviceLabelValue);
    if (owner) {
      duplicates.push({
        entityRef: m.entityRef,
        serviceLabelValue: m.serviceLabelValue,
        sameAs: owner,
      });
      continue;
    }
    group.refs.set(m.serviceLabelValue, m.entityRef);
  }

  const batches: TelemetryBatch[] = [];
  for (const { sample, refs } of groups.values()) {
    const values = [...refs.keys()].sort();
    for (const chunk of chunkRegexAlternatives(values, max)) {
      const label = sample.serviceLabel;
      const service = regexMatcher(label, chunk);
      const matchers = sample.extraMatchers
        ? `${service},${sample.extraMatchers}`
        : service;
      const range = `[${rangeSeconds}s]`;
      batches.push({
        serviceLabel: label,
        refByLabelValue: new Map(chunk.map(v => [v, refs.get(v)!])),
        matchers,
        queries: {
          totals: `sum by (${label}) (increase(${sample.totalMetric}{${matchers}}${range}))`,
          errors: `sum by (${label}) (increase(${sample.totalMetric}{${matchers},${sample.errorSelector}}${range}))`,
          buckets: `sum by (${label}, le) (increase(${sample.bucketMetric}{${matchers}}${range}))`,
        },
      });
    }
  }
  return { batches, duplicates };
}

/** `histogram_quantile(q, <buckets query>)`, e.g. q = 0.99. */
export function quantileQuery(batch: TelemetryBatch, q: number): string {
  if (!(q > 0 && q < 1))
    throw new RangeError(`quantile must be in (0, 1), got ${q}`);
  return `histogram_quantile(${q}, ${batch.queries.buckets})`;
}
