import { chooseBucket } from '../indicators';
import { promqlNumber, renderSelector } from '../promql';
import type {
  ClassicLatencyIndicator,
  LabelMatcher,
  MetricSelector,
  RatioIndicator,
} from '../types';

/**
 * The `le` matcher of a chosen bucket, as the rule generator writes it:
 * integer boundaries also match Prometheus 3's normalised `le="1.0"`.
 */
export function bucketMatcher(boundary: number): LabelMatcher {
  const text = promqlNumber(boundary);
  return Number.isInteger(boundary)
    ? { name: 'le', op: '=~', value: `${text}(\\.0)?` }
    : { name: 'le', op: '=', value: text };
}

/** Selectors of a classic histogram latency SLI. */
export interface ClassicLatencySelectors {
  /** The `le` bucket for the threshold (see `chooseBucket`). */
  fast: string;
  /** The same bucket with a plain `le="…"`, for tools that parse it. */
  fastPlainLe: string;
  /** `le="+Inf"`: every request. */
  all: string;
  /** The histogram's `_count` series, equal to the `+Inf` bucket. */
  count: string;
  boundary: number;
}

export function classicLatencySelectors(
  indicator: ClassicLatencyIndicator,
): ClassicLatencySelectors {
  const { boundary } = chooseBucket(indicator);
  const base: MetricSelector = {
    metric: indicator.bucketMetric,
    matchers: indicator.matchers,
  };
  return {
    fast: renderSelector(base, [bucketMatcher(boundary)]),
    fastPlainLe: renderSelector(base, [
      { name: 'le', op: '=', value: promqlNumber(boundary) },
    ]),
    all: renderSelector(base, [{ name: 'le', op: '=', value: '+Inf' }]),
    count: renderSelector({
      metric: indicator.bucketMetric.replace(/_bucket$/, '_count'),
      matchers: indicator.matchers,
    }),
    boundary,
  };
}

const NEGATED: Record<LabelMatcher['op'], LabelMatcher['op']> = {
  '=': '!=',
  '!=': '=',
  '=~': '!~',
  '!~': '=~',
};

const sameMatcher = (a: LabelMatcher, b: LabelMatcher) =>
  a.name === b.name && a.op === b.op && a.value === b.value;

/**
 * The error selector of a good-events ratio, for formats that only take
 * errors (Pyrra). Exact when `good` is `total` plus one more matcher on the
 * same metric: that matcher and its negation split `total` in two (a series
 * without the label has the empty value, which the negation matches).
 * Undefined otherwise.
 */
export function errorsFromGood(
  indicator: RatioIndicator,
): MetricSelector | undefined {
  const { total, good } = indicator;
  if (!good || good.metric !== total.metric) return undefined;
  const rest = [...(good.matchers ?? [])];
  for (const m of total.matchers ?? []) {
    const i = rest.findIndex(g => sameMatcher(g, m));
    if (i < 0) return undefined;
    rest.splice(i, 1);
  }
  if (rest.length !== 1) return undefined;
  const [extra] = rest;
  return {
    metric: total.metric,
    matchers: [...(total.matchers ?? []), { ...extra, op: NEGATED[extra.op] }],
  };
}
