import { Server } from 'node:http';
import { LiveFeed } from './liveFeed';
import { liveFeedScrapeConfig, serveLiveFeed } from './liveServer';
import { svc } from './testFleets';

const END = 1_790_000_000;

describe('serveLiveFeed', () => {
  let server: Server | undefined;
  afterEach(() => new Promise(resolve => server?.close(resolve)));

  it('advances the feed to the time of each scrape', async () => {
    const feed = LiveFeed.afterHistory({
      fleet: { services: [svc('web', [], { requestRate: 10 })] },
      start: END - 3600,
      end: END,
      stepSeconds: 60,
      seed: 1,
    });
    let now = END + 30;
    const started = await serveLiveFeed({ feed, port: 0, clock: () => now });
    server = started.server;
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

    const first = await fetch(started.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe(
      'application/openmetrics-text; version=1.0.0; charset=utf-8',
    );
    expect(await first.text()).toBe(feed.exposition());
    expect(feed.now).toBe(END + 30);

    now = END + 90;
    await fetch(started.url);
    expect(feed.now).toBe(END + 90);

    const other = await fetch(started.url.replace('/metrics', '/'));
    expect(other.status).toBe(404);
  });
});

describe('liveFeedScrapeConfig', () => {
  it('drops the labels the backfilled history does not have', () => {
    expect(
      liveFeedScrapeConfig({ target: '127.0.0.1:9464', intervalSeconds: 5 }),
    ).toBe(
      [
        'scrape_configs:',
        '  - job_name: slo-demo-live-feed',
        '    scrape_interval: 5s',
        '    static_configs:',
        "      - targets: ['127.0.0.1:9464']",
        '    metric_relabel_configs:',
        '      - action: labeldrop',
        '        regex: job|instance',
        '',
      ].join('\n'),
    );
  });
});
