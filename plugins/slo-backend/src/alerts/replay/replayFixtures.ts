import type { SloAlertSpec } from '@slo-engine/plugin-slo-common';

/**
 * History for the replay tests against a real Prometheus: 30 days of steady
 * traffic, then 26 hours in which things happen. Counters start at 0 on the
 * first sample. One sample a minute from T0 − 2d on, so every `increase`
 * over whole minutes ending there on the minute grid is exact; every 5
 * minutes before, which makes the 30-day windows (read at every step of a
 * dynamic replay) 3.5 times cheaper. A window starting in that older part
 * is exact when it starts on a sample and otherwise extrapolated by
 * Prometheus over at most 4 minutes of steady traffic: under 0.01 % of
 * 30 days, far from every threshold the tests cross.
 */

/** A midnight (UTC), a multiple of every step the tests use. */
export const T0 = 1_779_840_000;
export const HISTORY_MINUTES = 30 * 1440;
export const END_MINUTE = 26 * 60;
const FINE_FROM_MINUTE = -2 * 1440;

/** Requests and bad requests in minute k (k ≤ 0: before T0). */
type Traffic = (k: number) => { events: number; bad: number };

/**
 * checkout: 1,000 req/min throughout; an incident from 20h to 21h after T0
 * with 25 errors a minute (2.5 %) in minutes 1201 to 1260.
 */
export const checkout: Traffic = k => ({
  events: 1000,
  bad: k > 1200 && k <= 1260 ? 25 : 0,
});

/**
 * nightly: 1,000 req/min until T0, then a low-traffic night of 10 req/min;
 * from 2h on one error every 5 minutes (2h05, 2h10, …) until 4h.
 */
export const nightly: Traffic = k => ({
  events: k <= 0 ? 1000 : 10,
  bad: k > 120 && k <= 240 && k % 5 === 0 ? 1 : 0,
});

function counterLines(job: string, traffic: Traffic): string[] {
  const good: string[] = [];
  const bad: string[] = [];
  let goodTotal = 0;
  let badTotal = 0;
  for (let k = -HISTORY_MINUTES; k <= END_MINUTE; k++) {
    if (k > -HISTORY_MINUTES) {
      const t = traffic(k);
      goodTotal += t.events - t.bad;
      badTotal += t.bad;
    }
    if (k <= FINE_FROM_MINUTE && k % 5 !== 0) continue;
    const ts = T0 + k * 60;
    good.push(
      `http_requests_total{job="${job}",code="200"} ${goodTotal} ${ts}`,
    );
    bad.push(`http_requests_total{job="${job}",code="500"} ${badTotal} ${ts}`);
  }
  return [...good, ...bad];
}

/** OpenMetrics text of both services, for `startPrometheus`. */
export function replayHistory(): string {
  return `${[
    '# TYPE http_requests counter',
    ...counterLines('checkout', checkout),
    ...counterLines('nightly', nightly),
    '# EOF',
  ].join('\n')}\n`;
}

const job = (value: string) => ({ name: 'job', op: '=' as const, value });

function ratio(jobName: string): SloAlertSpec['indicator'] {
  return {
    kind: 'ratio',
    total: { metric: 'http_requests_total', matchers: [job(jobName)] },
    errors: {
      metric: 'http_requests_total',
      matchers: [job(jobName), { name: 'code', op: '=~', value: '5..' }],
    },
  };
}

/** A 99.9 % ratio SLO on one of the jobs above. */
export function ratioSpec(
  jobName: string,
  windowDays: number,
  burnRateType: 'static' | 'dynamic' = 'static',
): SloAlertSpec {
  return {
    sloName: `component-default-${jobName}-availability-${windowDays}d`,
    entityRef: `component:default/${jobName}`,
    windowDays,
    objective: 0.999,
    indicator: ratio(jobName),
    burnRateType,
  };
}

/** One spec of every indicator kind, none of whose series exist. */
export const missingSpecs: SloAlertSpec[] = [
  ratioSpec('missing', 30),
  {
    ...ratioSpec('missing', 30),
    sloName: 'component-default-missing-latency',
    indicator: {
      kind: 'latency-classic',
      bucketMetric: 'missing_duration_seconds_bucket',
      thresholdSeconds: 0.3,
      buckets: [0.1, 0.25, 0.5],
    },
  },
  {
    ...ratioSpec('missing', 28),
    sloName: 'component-default-missing-native',
    indicator: {
      kind: 'latency-native',
      metric: 'missing_duration_seconds',
      thresholdSeconds: 0.3,
    },
  },
  {
    ...ratioSpec('missing', 7),
    sloName: 'component-default-missing-probe',
    objective: 0.95,
    indicator: { kind: 'boolean-gauge', metric: 'missing_probe_success' },
    minTrafficEvents: 10,
  },
];
