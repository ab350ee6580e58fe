import {
  type AlertIndicator,
  type GeneratedAlertRules,
  type PrometheusRuleFile,
  type SloAlertSpec,
  formatPromDuration,
} from '@slo-engine/plugin-slo-common';
import { PairTimeline, Traffic, assertionSteps } from './burnModel';

/** Number of probe series of the boolean-gauge fixtures. */
export const PROBES = 30;

/** Run-length encodes a value list in promtool's expanding notation. */
export function compactValues(values: number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < values.length) {
    const v = values[i];
    // constant run
    let j = i;
    while (j + 1 < values.length && values[j + 1] === v) j++;
    if (j > i) {
      parts.push(`${v}x${j - i}`);
      i = j + 1;
      continue;
    }
    // arithmetic run
    if (i + 1 < values.length) {
      const d = values[i + 1] - v;
      j = i + 1;
      while (j + 1 < values.length && values[j + 1] - values[j] === d) j++;
      if (j - i >= 2) {
        parts.push(`${v}${d >= 0 ? '+' : '-'}${Math.abs(d)}x${j - i}`);
        i = j + 1;
        continue;
      }
    }
    parts.push(String(v));
    i++;
  }
  return parts.join(' ');
}

function cumulative(xs: number[]): number[] {
  let acc = 0;
  return xs.map(x => {
    acc += x;
    // keep float noise out of the test file
    acc = Number(acc.toPrecision(15));
    return acc;
  });
}

/**
 * The `input_series` that realise the traffic for an indicator of the
 * fixtures: ratio → two counters by status code; classic latency → buckets,
 * bad requests landing in (0.25, 0.5]; boolean gauge → PROBES series, the
 * first bad[i] of them failing at step i.
 */
export function inputSeries(
  indicator: AlertIndicator,
  traffic: Traffic,
): Array<{ series: string; values: string }> {
  const good = traffic.events.map((e, i) => e - traffic.bad[i]);
  switch (indicator.kind) {
    case 'ratio':
      return [
        {
          series: 'http_requests_total{job="checkout",code="200"}',
          values: compactValues(cumulative(good)),
        },
        {
          series: 'http_requests_total{job="checkout",code="500"}',
          values: compactValues(cumulative(traffic.bad)),
        },
      ];
    case 'latency-classic': {
      const fast = compactValues(cumulative(good));
      const all = compactValues(cumulative(traffic.events));
      return [
        ['0.1', fast],
        ['0.25', fast],
        ['0.5', all],
        ['1', all],
        ['+Inf', all],
      ].map(([le, values]) => ({
        series: `http_request_duration_seconds_bucket{job="checkout",le="${le}"}`,
        values,
      }));
    }
    case 'boolean-gauge':
      return Array.from({ length: PROBES }, (_, p) => ({
        series: `probe_success{job="blackbox",instance="probe-${p}"}`,
        values: compactValues(traffic.bad.map(b => (p < b ? 0 : 1))),
      }));
    default:
      throw new Error(`no synthetic series for ${indicator.kind}`);
  }
}

/** Drops annotations (they render `$value`) for behaviour tests. */
export function withoutAnnotations(
  file: PrometheusRuleFile,
): PrometheusRuleFile {
  return {
    groups: file.groups.map(g => ({
      ...g,
      rules: g.rules.map(r => {
        if (!('alert' in r)) return r;
        const { annotations: _ignored, ...rest } = r;
        return rest;
      }),
    })),
  };
}

export function burnAlertLabels(
  spec: SloAlertSpec,
  rules: GeneratedAlertRules,
  t: PairTimeline,
): Record<string, string> {
  return {
    slo: spec.sloName,
    entity_ref: spec.entityRef,
    ...(spec.owner ? { owner: spec.owner } : {}),
    severity: t.pair.severity,
    long_window: t.pair.long,
    short_window: t.pair.short,
    burn_rate_type: rules.metadata.burnRateType,
  };
}

/** One promtool test group asserting the model's firing set at its key steps. */
export function burnTestGroup(
  name: string,
  spec: SloAlertSpec,
  rules: GeneratedAlertRules,
  traffic: Traffic,
  timelines: PairTimeline[],
  extraSteps: number[] = [],
) {
  const steps = [
    ...new Set([...assertionSteps(timelines), ...extraSteps]),
  ].sort((a, b) => a - b);
  return {
    name,
    interval: formatPromDuration(traffic.stepSeconds),
    input_series: inputSeries(spec.indicator, traffic),
    alert_rule_test: steps.map(i => ({
      eval_time: i === 0 ? '0s' : formatPromDuration(i * traffic.stepSeconds),
      alertname: rules.metadata.alertNames.burn,
      exp_alerts: timelines
        .filter(t => t.strict[i])
        .map(t => ({ exp_labels: burnAlertLabels(spec, rules, t) })),
    })),
  };
}
