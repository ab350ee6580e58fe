import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { LiveFeed } from './liveFeed';

const OPENMETRICS =
  'application/openmetrics-text; version=1.0.0; charset=utf-8';

/**
 * Serves a live feed at `GET /metrics` on loopback. Each scrape first
 * simulates up to the current time, so Prometheus' scrape interval decides
 * the resolution.
 */
export function serveLiveFeed(options: {
  feed: LiveFeed;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Unix seconds; for tests. */
  clock?: () => number;
}): Promise<{ server: Server; url: string }> {
  const clock = options.clock ?? (() => Date.now() / 1000);
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    options.feed.advanceTo(clock());
    res
      .writeHead(200, { 'content-type': OPENMETRICS })
      .end(options.feed.exposition());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      resolve({ server, url: `http://${address}:${port}/metrics` });
    });
  });
}

/**
 * The `scrape_configs` entry that writes the feed into the backfilled
 * series: Prometheus' `job` and `instance` labels are dropped, because the
 * history has neither and a new label set would be a second series.
 */
export function liveFeedScrapeConfig(options: {
  target: string;
  intervalSeconds?: number;
}): string {
  return [
    'scrape_configs:',
    '  - job_name: slo-demo-live-feed',
    `    scrape_interval: ${options.intervalSeconds ?? 15}s`,
    '    static_configs:',
    `      - targets: ['${options.target}']`,
    '    metric_relabel_configs:',
    '      - action: labeldrop',
    '        regex: job|instance',
    '',
  ].join('\n');
}
