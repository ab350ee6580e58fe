import { promqlNumber, renderSelector } from '../promql';
import type { AlertIndicator } from '../types';
import { classicLatencySelectors } from './selectors';

/** `metricSource` of one OpenSLO query. @public */
export interface OpenSloMetricSource {
  metricSource: { type: 'Prometheus'; spec: { query: string } };
}

/** The `ratioMetric` of an OpenSLO SLI: good or bad events over total. @public */
export interface OpenSloRatioMetric {
  /** True: the queries return counters, and the consumer takes increases. */
  counter: boolean;
  good?: OpenSloMetricSource;
  bad?: OpenSloMetricSource;
  total: OpenSloMetricSource;
}

const source = (query: string): OpenSloMetricSource => ({
  metricSource: { type: 'Prometheus', spec: { query } },
});

/**
 * OpenSLO ratio metrics name the raw series, not windowed increases: with
 * `counter: true` the consumer computes the increase over each of its own
 * windows, so the queries return cumulative counts (`sum(counter)`), never
 * `rate()` or `increase()`. A 0/1 gauge is not a counter: `counter: false`
 * and each evaluation counts the targets up and the targets probed.
 */
export function openSloRatioMetric(
  indicator: AlertIndicator,
): OpenSloRatioMetric {
  switch (indicator.kind) {
    case 'ratio': {
      const total = source(`sum(${renderSelector(indicator.total)})`);
      if (indicator.errors) {
        return {
          counter: true,
          bad: source(`sum(${renderSelector(indicator.errors)}) or vector(0)`),
          total,
        };
      }
      return {
        counter: true,
        good: source(`sum(${renderSelector(indicator.good!)}) or vector(0)`),
        total,
      };
    }
    case 'latency-classic': {
      const s = classicLatencySelectors(indicator);
      return {
        counter: true,
        good: source(`sum(${s.fast})`),
        total: source(`sum(${s.all})`),
      };
    }
    case 'latency-native': {
      const h = `sum(${renderSelector({
        metric: indicator.metric,
        matchers: indicator.matchers,
      })})`;
      return {
        counter: true,
        good: source(
          `histogram_count(${h}) * histogram_fraction(0, ${promqlNumber(
            indicator.thresholdSeconds,
          )}, ${h})`,
        ),
        total: source(`histogram_count(${h})`),
      };
    }
    case 'boolean-gauge': {
      const g = renderSelector({
        metric: indicator.metric,
        matchers: indicator.matchers,
      });
      return {
        counter: false,
        good: source(`sum(${g})`),
        total: source(`count(${g})`),
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
