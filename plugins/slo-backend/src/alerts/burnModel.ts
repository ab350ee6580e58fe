import {
  type BurnRateWindowPair,
  type GeneratedAlertRules,
  type SloAlertSpec,
  parsePromDuration,
} from '@slo-engine/plugin-slo-common';

/**
 * A reference model of the generated alerts on synthetic data, evaluated
 * step by step with exact window counts, used to derive the expected
 * firing times that `promtool test rules` must reproduce.
 *
 * The synthetic data has one sample per step, starting at t = 0. For
 * counters, events[i] happen in (t[i-1], t[i]] and a window w at step i
 * holds steps (i - w/step, i]: the samples sit exactly on the window edges,
 * so PromQL's `increase` is exact (counters start at 0, so no extrapolation
 * towards the start either). For 0/1 gauges, `count_over_time` takes every
 * sample in [t - w, t], both ends included (Prometheus 2.x), so w/step + 1
 * samples.
 */
export interface Traffic {
  stepSeconds: number;
  /** events[i], bad[i]: for counters, events in step i; for gauges, samples and failed samples at i. */
  events: number[];
  bad: number[];
  gauge: boolean;
}

export interface ModelStep {
  firing: Set<number>;
}

interface WindowCounts {
  total: number;
  bad: number;
}

function windowCounts(
  traffic: Traffic,
  i: number,
  w: number,
): WindowCounts | undefined {
  const n = Math.floor(w / traffic.stepSeconds);
  let lo: number;
  if (traffic.gauge) {
    lo = Math.max(0, i - n);
  } else {
    if (n < 1) return undefined; // fewer than two samples: no increase
    lo = Math.max(1, i - n + 1);
  }
  let total = 0;
  let bad = 0;
  for (let k = lo; k <= i; k++) {
    total += traffic.events[k];
    bad += traffic.bad[k];
  }
  return { total, bad };
}

export interface PairTimeline {
  pair: BurnRateWindowPair;
  /** firing[i] under strict and lenient comparisons (ties read either way). */
  strict: boolean[];
  lenient: boolean[];
}

/** Evaluates every burn-rate pair at every step. */
export function simulate(
  spec: SloAlertSpec,
  rules: GeneratedAlertRules,
  traffic: Traffic,
): PairTimeline[] {
  const { pairs, minTrafficEvents, burnRateType } = rules.metadata;
  const budget = 1 - spec.objective;
  const sloSeconds = spec.windowDays * 86400;
  const steps = traffic.events.length;
  return pairs.map(pair => {
    const forSteps = Math.ceil(
      parsePromDuration(pair.for) / traffic.stepSeconds,
    );
    const run = (eps: number) => {
      const firing: boolean[] = [];
      let activeSince: number | undefined;
      for (let i = 0; i < steps; i++) {
        const long = windowCounts(traffic, i, pair.longSeconds);
        const short = windowCounts(traffic, i, pair.shortSeconds);
        let cond = false;
        if (long && short && long.total > 0 && short.total > 0) {
          let threshold = pair.threshold;
          if (burnRateType === 'dynamic') {
            const slo = windowCounts(traffic, i, sloSeconds)!;
            threshold = (slo.total / long.total) * pair.budgetFraction * budget;
          }
          const limit = threshold * (1 + eps);
          cond =
            long.bad / long.total > limit &&
            short.bad / short.total > limit &&
            long.total >= minTrafficEvents;
        }
        if (!cond) activeSince = undefined;
        else if (activeSince === undefined) activeSince = i;
        firing.push(activeSince !== undefined && i - activeSince >= forSteps);
      }
      return firing;
    };
    return { pair, strict: run(1e-9), lenient: run(-1e-9) };
  });
}

/** First step at which a pair fires (strict reading), or undefined. */
export function firstFiring(t: PairTimeline): number | undefined {
  const i = t.strict.indexOf(true);
  return i < 0 ? undefined : i;
}

/**
 * Steps worth asserting: around every change of the firing set, the last
 * step before and the first step after it at which strict and lenient
 * readings agree, plus the final step.
 */
export function assertionSteps(timelines: PairTimeline[]): number[] {
  const steps = timelines[0]?.strict.length ?? 0;
  const settled = (i: number) =>
    timelines.every(t => t.strict[i] === t.lenient[i]);
  const key = (i: number) => timelines.map(t => (t.strict[i] ? 1 : 0)).join('');
  const out = new Set<number>();
  for (let i = 1; i < steps; i++) {
    if (key(i) === key(i - 1)) continue;
    for (let j = i - 1; j >= 0; j--) {
      if (settled(j)) {
        out.add(j);
        break;
      }
    }
    for (let j = i; j < steps; j++) {
      if (settled(j)) {
        out.add(j);
        break;
      }
    }
  }
  if (steps > 0 && settled(steps - 1)) out.add(steps - 1);
  return [...out].sort((a, b) => a - b);
}
