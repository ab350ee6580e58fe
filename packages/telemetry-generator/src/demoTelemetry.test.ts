import { demoFleet } from './demoFleet';
import { generateSeries } from './generate';
import {
  collect,
  CollectedSeries,
  increase,
  key,
  quantileBetween,
} from './testSeries';

const DAY = 86400;
const HOUR = 3600;
const END = 1_795_270_800; // anchor: all demo offsets are relative to it
const REQ = 'http_server_requests_total';

function window(from: number, to: number, stepSeconds: number) {
  return collect(
    generateSeries({
      fleet: demoFleet(),
      start: from,
      end: to,
      stepSeconds,
      seed: 42,
      anchor: END,
    }),
  );
}

function errorRatio(
  series: Map<string, CollectedSeries>,
  service: string,
  from: number,
  to: number,
) {
  const count = (code: string) => {
    const s = series.get(key(REQ, { service, code }));
    return s ? increase(s, from, to) : 0;
  };
  const errors = count('500') + count('503');
  return errors / (errors + count('200') + count('404'));
}

describe('demo telemetry', () => {
  it('raises product-catalog p99 (from buckets) by >= 15 % after the deployment', () => {
    const deploy = END - 7 * DAY;
    const series = window(deploy - DAY, deploy + DAY, 600);
    const before = quantileBetween(
      series,
      'product-catalog',
      0.99,
      deploy - DAY,
      deploy,
    );
    const after = quantileBetween(
      series,
      'product-catalog',
      0.99,
      deploy,
      deploy + DAY,
    );
    // log-normal(35 ms, 0.5) read through the buckets: 0.1663 s; x1.3: 0.2247 s
    expect(before).toBeCloseTo(0.1663, 2);
    expect(after).toBeCloseTo(0.2247, 2);
    expect(after / before).toBeGreaterThanOrEqual(1.15);
  });

  it('writes nothing for the young reviews service before its birth 10 days ago', () => {
    const series = window(END - 12 * DAY, END, 600);
    const birth = END - 10 * DAY;
    const reviews = [...series].filter(([k]) => k.includes('"reviews"'));
    // 4 codes (it has 404s), 14 histogram series, 2 edges (in and out) x 2
    expect(reviews.length).toBe(4 + 14 + 2 * 2);
    for (const [, s] of reviews) expect(s.timestamps[0]).toBe(birth);
    const web = series.get(
      key(REQ, { service: 'storefront-web', code: '200' }),
    )!;
    expect(web.timestamps[0]).toBe(END - 12 * DAY);
  });

  it('shows the 10-minute payment-gateway outage in payments and checkout', () => {
    const start = END - 5 * DAY - 7 * HOUR; // outage: 0.7 extra errors for 600 s
    const series = window(start - HOUR, start + HOUR, 60);
    // payments: 0.9 x (0.7 + 0.0008) + 0.0005 = 0.6312
    expect(errorRatio(series, 'payments', start, start + 600)).toBeCloseTo(
      0.63,
      1,
    );
    // checkout: 0.95 x payments + other dependencies = ~0.60
    expect(errorRatio(series, 'checkout', start, start + 600)).toBeCloseTo(
      0.6,
      1,
    );
    expect(errorRatio(series, 'checkout', start - HOUR, start)).toBeLessThan(
      0.02,
    );
    const failed = series.get(
      key('traces_service_graph_request_failed_total', {
        client: 'payments',
        server: 'payment-gateway',
      }),
    )!;
    const calls = series.get(
      key('traces_service_graph_request_total', {
        client: 'payments',
        server: 'payment-gateway',
      }),
    )!;
    expect(
      increase(failed, start, start + 600) /
        increase(calls, start, start + 600),
    ).toBeCloseTo(0.7, 1);
  });

  it('keeps the 4-hour recommendations outage out of checkout (soft dependency)', () => {
    const start = END - 3 * DAY - 2 * HOUR;
    const series = window(start, start + 4 * HOUR, 600);
    expect(
      errorRatio(series, 'recommendations', start, start + 4 * HOUR),
    ).toBeCloseTo(0.6, 1);
    expect(
      errorRatio(series, 'checkout', start, start + 4 * HOUR),
    ).toBeLessThan(0.02);
    const failed = series.get(
      key('traces_service_graph_request_failed_total', {
        client: 'checkout',
        server: 'recommendations',
      }),
    )!;
    expect(increase(failed, start, start + 4 * HOUR)).toBeGreaterThan(1000);
  });

  it('hides the one-day primary search-index degradation behind the replica', () => {
    const start = END - 20 * DAY;
    const series = window(start, start + DAY, 600);
    expect(
      errorRatio(series, 'search-index-primary', start, start + DAY),
    ).toBeCloseTo(0.0405, 2);
    expect(errorRatio(series, 'search', start, start + DAY)).toBeLessThan(
      0.002,
    );
  });
});
