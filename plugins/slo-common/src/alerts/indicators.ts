import { promqlNumber, renderSelector } from './promql';
import type {
  AlertIndicator,
  ClassicLatencyIndicator,
  LabelMatcher,
} from './types';

/** PromQL for the events of one window, `w` being a Prometheus duration. */
export interface IndicatorQueries {
  /** All events in the window. */
  total(w: string): string;
  /** Bad events in the window. */
  errors(w: string): string;
  /** The selector watched by the absent alert. */
  absentSelector: string;
  bucketUsed?: number;
  bucketNote?: string;
}

/** Matches `le="1"` and Prometheus 3's normalised `le="1.0"` alike. */
function leMatcher(boundary: number): LabelMatcher {
  const text = promqlNumber(boundary);
  if (Number.isInteger(boundary)) {
    return { name: 'le', op: '=~', value: `${text}(\\.0)?` };
  }
  return { name: 'le', op: '=', value: text };
}

/**
 * Picks the `le` bucket for a latency threshold. A boundary equal to the
 * threshold is used as is. Otherwise the largest boundary below it: requests
 * between that boundary and the threshold count as bad, so the SLI is
 * slightly stricter than asked and alerts fire early rather than late. When
 * every boundary is above the threshold the smallest one is used, which is
 * lenient, and the note says so.
 */
export function chooseBucket(indicator: ClassicLatencyIndicator): {
  boundary: number;
  note: string;
} {
  const t = indicator.thresholdSeconds;
  if (!(t > 0) || !Number.isFinite(t)) {
    throw new RangeError(`latency threshold must be positive, got ${t}`);
  }
  const buckets = (indicator.buckets ?? [])
    .filter(b => Number.isFinite(b) && b > 0)
    .sort((a, b) => a - b);
  if (buckets.length === 0) {
    return {
      boundary: t,
      note: `bucket boundaries unknown: assumes a bucket le="${promqlNumber(
        t,
      )}" exists; the absent alert fires if it does not`,
    };
  }
  if (buckets.includes(t)) {
    return {
      boundary: t,
      note: `threshold ${promqlNumber(t)}s is a bucket boundary`,
    };
  }
  const below = buckets.filter(b => b < t);
  if (below.length > 0) {
    const b = below[below.length - 1];
    return {
      boundary: b,
      note: `threshold ${promqlNumber(
        t,
      )}s is not a bucket boundary: using le="${promqlNumber(
        b,
      )}" (the next boundary below), so requests between ${promqlNumber(
        b,
      )}s and ${promqlNumber(t)}s count as too slow`,
    };
  }
  const b = buckets[0];
  return {
    boundary: b,
    note: `threshold ${promqlNumber(
      t,
    )}s is below every bucket boundary: using le="${promqlNumber(
      b,
    )}" (the smallest), so requests up to ${promqlNumber(
      b,
    )}s count as fast enough`,
  };
}

function sumIncrease(selector: string, w: string): string {
  return `sum(increase(${selector}[${w}]))`;
}

/** Builds the per-window event queries of an indicator. */
export function indicatorQueries(indicator: AlertIndicator): IndicatorQueries {
  switch (indicator.kind) {
    case 'ratio': {
      const total = renderSelector(indicator.total);
      if (Boolean(indicator.errors) === Boolean(indicator.good)) {
        throw new TypeError(
          'a ratio indicator needs exactly one of errors or good',
        );
      }
      if (indicator.errors) {
        const errors = renderSelector(indicator.errors);
        return {
          total: w => sumIncrease(total, w),
          // No error series yet means no errors, not no data.
          errors: w => `(${sumIncrease(errors, w)} or vector(0))`,
          absentSelector: total,
        };
      }
      const good = renderSelector(indicator.good!);
      return {
        total: w => sumIncrease(total, w),
        errors: w =>
          `${sumIncrease(total, w)} - (${sumIncrease(good, w)} or vector(0))`,
        absentSelector: total,
      };
    }
    case 'latency-classic': {
      if (!indicator.bucketMetric.endsWith('_bucket')) {
        throw new TypeError(
          `bucketMetric must be a histogram _bucket series, got ${JSON.stringify(
            indicator.bucketMetric,
          )}`,
        );
      }
      const { boundary, note } = chooseBucket(indicator);
      const base = {
        metric: indicator.bucketMetric,
        matchers: indicator.matchers,
      };
      const all = renderSelector(base, [
        { name: 'le', op: '=', value: '+Inf' },
      ]);
      const fast = renderSelector(base, [leMatcher(boundary)]);
      return {
        total: w => sumIncrease(all, w),
        errors: w => `${sumIncrease(all, w)} - ${sumIncrease(fast, w)}`,
        absentSelector: fast,
        bucketUsed: boundary,
        bucketNote: note,
      };
    }
    case 'latency-native': {
      const t = indicator.thresholdSeconds;
      if (!(t > 0) || !Number.isFinite(t)) {
        throw new RangeError(`latency threshold must be positive, got ${t}`);
      }
      const sel = renderSelector({
        metric: indicator.metric,
        matchers: indicator.matchers,
      });
      const hist = (w: string) => `sum(increase(${sel}[${w}]))`;
      return {
        total: w => `histogram_count(${hist(w)})`,
        errors: w =>
          `histogram_count(${hist(
            w,
          )}) * (1 - histogram_fraction(0, ${promqlNumber(t)}, ${hist(w)}))`,
        absentSelector: sel,
      };
    }
    case 'boolean-gauge': {
      const sel = renderSelector({
        metric: indicator.metric,
        matchers: indicator.matchers,
      });
      return {
        total: w => `sum(count_over_time(${sel}[${w}]))`,
        errors: w =>
          `sum(count_over_time(${sel}[${w}])) - sum(sum_over_time(${sel}[${w}]))`,
        absentSelector: sel,
      };
    }
    default:
      throw new TypeError(
        `unknown indicator kind: ${JSON.stringify(
          (indicator as { kind: unknown }).kind,
        )}`,
      );
  }
}
