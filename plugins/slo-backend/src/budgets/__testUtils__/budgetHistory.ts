import {
  formatOpenMetrics,
  MetricSeries,
} from '@slo-engine/telemetry-generator';

export const STEP = 300;
const DAY = 86_400;
const HOUR = 3_600;
/** 2026-09-21T00:00:00Z, where every query of the test is evaluated. */
export const END = 20_717 * DAY;
/** A 7-day window plus an hour, so the window's first sample exists. */
export const START = END - 7 * DAY - HOUR;

/** Increment of a counter in the 5-minute interval that ends at `t`. */
type Increment = (t: number) => number;

const within = (t: number, from: number, hours: number) =>
  t > from && t <= from + hours * HOUR;

/**
 * The requests of each service per 5 minutes, and how many failed or were
 * slow, chosen so every budget can be worked out by hand:
 * - checkout: 600 requests, 3 failed (0.5%); 60 failed for two hours
 *   three days ago, 12 failed in the last 30 minutes; 4 slower than
 *   250 ms, 120 for two hours four days ago.
 * - cart: 300 requests, 1 failed.
 * - search: 100 requests, 3 slower than 250 ms.
 * - payments: 120 requests, none failed. ledger: 60 requests, 6 failed.
 * - ghost: no series at all.
 */
const TRAFFIC: Record<
  string,
  { total: number; failed: Increment; slow?: Increment }
> = {
  checkout: {
    total: 600,
    failed: t => {
      if (within(t, END - 3 * DAY, 2)) return 60;
      if (t > END - 30 * 60) return 12;
      return 3;
    },
    slow: t => (within(t, END - 4 * DAY, 2) ? 120 : 4),
  },
  cart: { total: 300, failed: () => 1 },
  search: { total: 100, failed: () => 0, slow: () => 3 },
  payments: { total: 120, failed: () => 0 },
  ledger: { total: 60, failed: () => 6 },
};

/** Requests at or below each boundary, from the slow (> 250 ms) count. */
function bucketIncrements(total: number, slow: number): Record<string, number> {
  return {
    '0.1': total - Math.max(slow, Math.round(total * 0.05)),
    '0.25': total - slow,
    '0.5': total - Math.ceil(slow / 6),
    '1': total - Math.floor(slow / 24),
    '+Inf': total,
  };
}

function counter(inc: Increment): Array<[number, number]> {
  const samples: Array<[number, number]> = [[START, 0]];
  let value = 0;
  for (let t = START + STEP; t <= END; t += STEP) {
    value += inc(t);
    samples.push([t, value]);
  }
  return samples;
}

/** OpenMetrics text of the history above: counters from 0 every 5 minutes. */
export function budgetHistoryOpenMetrics(): string {
  const series: MetricSeries[] = [];
  for (const [service, s] of Object.entries(TRAFFIC)) {
    series.push(
      {
        name: 'http_server_requests_total',
        type: 'counter',
        labels: { service, code: '200' },
        samples: counter(t => s.total - s.failed(t)),
      },
      {
        name: 'http_server_requests_total',
        type: 'counter',
        labels: { service, code: '500' },
        samples: counter(s.failed),
      },
    );
  }
  for (const [service, s] of Object.entries(TRAFFIC)) {
    const slow = s.slow;
    if (!slow) continue;
    for (const le of ['0.1', '0.25', '0.5', '1', '+Inf']) {
      series.push({
        name: 'http_server_request_duration_seconds_bucket',
        type: 'histogram',
        labels: { service, le },
        samples: counter(t => bucketIncrements(s.total, slow(t))[le]),
      });
    }
  }
  return formatOpenMetrics(series);
}
