import { renderSelector } from '../promql';
import type { AlertIndicator } from '../types';
import { AlertExportInputError } from './exportErrors';
import { classicLatencySelectors, errorsFromGood } from './selectors';

interface PyrraQuery {
  metric: string;
}

/** `spec.indicator` of a Pyrra ServiceLevelObjective: exactly one key. @public */
export interface PyrraIndicator {
  ratio?: { errors: PyrraQuery; total: PyrraQuery };
  latency?: { success: PyrraQuery; total: PyrraQuery };
  latencyNative?: { latency: string; total: PyrraQuery };
  bool_gauge?: { metric: string };
}

/**
 * A latency as a Prometheus duration with milliseconds (`300ms`, `1s500ms`),
 * which Pyrra's `latencyNative.latency` is parsed as.
 */
export function pyrraLatency(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  if (ms <= 0 || Math.abs(ms - seconds * 1000) > 1e-6) {
    throw new AlertExportInputError(
      `Pyrra latencies are whole milliseconds, got ${seconds}s`,
    );
  }
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      parts.push(`${n}${unit}`);
      rest -= n * size;
    }
  }
  return parts.join('');
}

/**
 * Pyrra's indicator for an engine indicator. Pyrra takes plain vector
 * selectors, not expressions, so:
 * - a good-events ratio needs an error selector: derived when `good` is
 *   `total` plus one matcher (negated), refused otherwise;
 * - classic latency counts `total` from the histogram's `_count` series
 *   (Pyrra's recording rules tell total and success apart by the `le`
 *   label, so a `le="+Inf"` total would collide with the success series)
 *   and `success` from the chosen bucket with a plain `le="…"` (Pyrra's own
 *   Prometheus 3 option rewrites it).
 */
export function pyrraIndicator(indicator: AlertIndicator): PyrraIndicator {
  switch (indicator.kind) {
    case 'ratio': {
      const errors = indicator.errors ?? errorsFromGood(indicator);
      if (!errors) {
        throw new AlertExportInputError(
          'Pyrra ratio SLOs need an error selector; this SLO counts good events with a selector that is not the total selector plus one matcher',
        );
      }
      return {
        ratio: {
          errors: { metric: renderSelector(errors) },
          total: { metric: renderSelector(indicator.total) },
        },
      };
    }
    case 'latency-classic': {
      const s = classicLatencySelectors(indicator);
      return {
        latency: {
          success: { metric: s.fastPlainLe },
          total: { metric: s.count },
        },
      };
    }
    case 'latency-native':
      return {
        latencyNative: {
          latency: pyrraLatency(indicator.thresholdSeconds),
          total: {
            metric: renderSelector({
              metric: indicator.metric,
              matchers: indicator.matchers,
            }),
          },
        },
      };
    case 'boolean-gauge':
      return {
        bool_gauge: {
          metric: renderSelector({
            metric: indicator.metric,
            matchers: indicator.matchers,
          }),
        },
      };
    default:
      throw new TypeError(
        `unknown indicator kind: ${JSON.stringify(
          (indicator as { kind: unknown }).kind,
        )}`,
      );
  }
}
