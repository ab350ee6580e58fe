import {
  Fleet,
  generateSeries,
  LiveFeed,
  liveFeedScrapeConfig,
  openMetricsText,
  serveLiveFeed,
} from '@slo-engine/telemetry-generator';
import { Server } from 'node:http';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { RunningPrometheus, startPrometheus } from './prometheusHarness';
import { clientFor } from './clientFor';

jest.setTimeout(60_000);

// 50 req/s, 1% errors, no seasonality: what the feed must keep serving.
const fleet: Fleet = {
  services: [
    {
      name: 'web',
      kind: 'service',
      requestRate: 50,
      errorRatio: 0.01,
      latency: { medianSeconds: 0.05, sigma: 0.5 },
      dependencies: [],
    },
  ],
};
// As the demo: the history ends 2 to 3 minutes before Prometheus starts.
const END = Math.floor(Date.now() / 60_000) * 60 - 120;
const history = {
  fleet,
  start: END - 2 * 3600,
  end: END,
  stepSeconds: 60,
  seed: 3,
};

let prometheus: RunningPrometheus;
let feedServer: Server;
let client: PrometheusClient;

async function value(promql: string, time?: number): Promise<number> {
  const samples = await client.query(promql, time);
  if (samples.length !== 1) {
    throw new Error(`${promql}: ${samples.length} samples`);
  }
  return samples[0].value;
}

beforeAll(async () => {
  const feed = LiveFeed.afterHistory(history);
  const served = await serveLiveFeed({ feed, port: 0 });
  feedServer = served.server;
  prometheus = await startPrometheus({
    openMetrics: {
      text: [...openMetricsText(generateSeries(history))].join(''),
    },
    extraConfig: liveFeedScrapeConfig({
      target: new URL(served.url).host,
      intervalSeconds: 1,
    }),
  });
  client = clientFor(prometheus.baseUrl);
  // Ten scrapes after the first.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const scraped = await client.query(
      'count_over_time(http_server_requests_total{code="200"}[30s])',
    );
    if ((scraped[0]?.value ?? 0) >= 11) break;
    if (Date.now() > deadline) throw new Error('the feed was not scraped');
    await new Promise(r => setTimeout(r, 500));
  }
});
afterAll(async () => {
  await prometheus?.stop();
  await new Promise(resolve => feedServer?.close(resolve));
});

describe('the live feed scraped into the backfilled series', () => {
  it('adds no series: the scraped samples join the history', async () => {
    const series = await client.query('http_server_requests_total');
    expect(
      series.map(s => s.metric).sort((a, b) => a.code.localeCompare(b.code)),
    ).toEqual(
      ['200', '500', '503'].map(code => ({
        __name__: 'http_server_requests_total',
        service: 'web',
        code,
      })),
    );
  });

  it('has no counter reset where the history ends', async () => {
    const resets = await client.query('resets(http_server_requests_total[1h])');
    expect(resets).toHaveLength(3);
    for (const r of resets) expect(r.value).toBe(0);
  });

  it('counts the gap between the history and the first scrape at the fleet rate', async () => {
    const atEnd = await value('sum(http_server_requests_total)', END);
    const latest = await value('max(timestamp(http_server_requests_total))');
    const now = await value('sum(http_server_requests_total)', latest);
    expect(latest - END).toBeGreaterThan(120);
    // 50 req/s: over 130+ s, at least 6,500 requests (Poisson sd < 1.3%).
    const perSecond = (now - atEnd) / (latest - END);
    expect(perSecond).toBeGreaterThan(47);
    expect(perSecond).toBeLessThan(53);
  });

  it('serves live rates and error ratios the SLO queries can use', async () => {
    const rate = await value('sum(rate(http_server_requests_total[8s]))');
    expect(rate).toBeGreaterThan(35);
    expect(rate).toBeLessThan(65);
    const errors = await value(
      'sum(increase(http_server_requests_total{code=~"5.."}[5m])) / sum(increase(http_server_requests_total[5m]))',
    );
    expect(errors).toBeGreaterThan(0.004);
    expect(errors).toBeLessThan(0.02);
  });
});
