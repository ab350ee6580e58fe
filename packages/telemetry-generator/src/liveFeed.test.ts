import { Fleet } from './fleet';
import { generateSeries } from './generate';
import { LiveFeed, tapLastValues } from './liveFeed';
import { formatLabels } from './openmetrics';
import { svc } from './testFleets';

const END = 1_790_000_000;
const HOUR = 3600;

// web (100 req/s, 1% errors) calls api once per request; api fails 2%.
const fleet: Fleet = {
  services: [
    svc('web', [{ target: 'api', propagation: 1 }], {
      requestRate: 100,
      errorRatio: 0.01,
    }),
    svc('api', [], {
      requestRate: 100,
      errorRatio: 0.02,
      // An incident that ended before the history's end: the feed is quiet.
      incidents: [
        { offset: -2 * HOUR, durationSeconds: HOUR, extraErrorRatio: 0.5 },
      ],
    }),
  ],
};
const history = {
  fleet,
  start: END - 6 * HOUR,
  end: END,
  stepSeconds: 60,
  seed: 7,
};

/** `name{labels}` -> value of one scrape. */
function parse(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    values.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  }
  return values;
}

const req = (service: string, code: string) =>
  `http_server_requests_total${formatLabels({ service, code })}`;
const total = (values: Map<string, number>, service: string) =>
  ['200', '500', '503'].reduce((n, c) => n + values.get(req(service, c))!, 0);

describe('LiveFeed', () => {
  it('starts from the last values of the history it continues', () => {
    const last = new Map<string, number>();
    for (const block of generateSeries(history)) {
      last.set(
        `${block.name}${formatLabels(block.labels)}`,
        block.values[block.values.length - 1],
      );
    }
    const feed = LiveFeed.afterHistory(history);
    expect(feed.now).toBe(END);
    expect(parse(feed.exposition())).toEqual(last);
    // 100 req/s for 6 h, less the first sample's interval.
    expect(total(last, 'web')).toBeGreaterThan(2_150_000);
  });

  it('takes the same last values while the history is written', () => {
    const last = new Map<string, number>();
    for (const _ of tapLastValues(generateSeries(history), last));
    const tapped = LiveFeed.afterHistory(history, last);
    expect(tapped.exposition()).toBe(
      LiveFeed.afterHistory(history).exposition(),
    );
  });

  it('goes on counting without a reset, at the fleet rates', () => {
    const feed = LiveFeed.afterHistory(history);
    const before = parse(feed.exposition());
    feed.advanceTo(END + 600);
    expect(feed.now).toBe(END + 600);
    const after = parse(feed.exposition());
    for (const [series, value] of before) {
      expect(after.get(series)!).toBeGreaterThanOrEqual(value);
    }
    // 100 req/s x 600 s = 60,000 (Poisson sd 245).
    const served = total(after, 'web') - total(before, 'web');
    expect(served).toBeGreaterThan(59_000);
    expect(served).toBeLessThan(61_000);
    // api's incident is over: 2% errors, not 52%. web's own 1% plus api's
    // 2% propagated: 1 - 0.99 x 0.98 = 2.98%.
    const apiErrors =
      after.get(req('api', '500'))! - before.get(req('api', '500'))!;
    const apiServed = total(after, 'api') - total(before, 'api');
    expect(apiErrors / apiServed).toBeGreaterThan(0.015);
    expect(apiErrors / apiServed).toBeLessThan(0.025);
    const webBad =
      after.get(req('web', '500'))! +
      after.get(req('web', '503'))! -
      before.get(req('web', '500'))! -
      before.get(req('web', '503'))!;
    expect(webBad / served).toBeGreaterThan(0.026);
    expect(webBad / served).toBeLessThan(0.034);
  });

  it('keeps histograms consistent: the +Inf bucket equals the count', () => {
    const feed = LiveFeed.afterHistory(history);
    feed.advanceTo(END + 95);
    const values = parse(feed.exposition());
    const bucket = (le: string) =>
      values.get(
        `http_server_request_duration_seconds_bucket${formatLabels({
          service: 'web',
          le,
        })}`,
      )!;
    expect(bucket('+Inf')).toBe(
      values.get('http_server_request_duration_seconds_count{service="web"}'),
    );
    expect(bucket('0.1')).toBeLessThanOrEqual(bucket('0.25'));
  });

  it('writes one header per family, in order, and ends with # EOF', () => {
    const text = LiveFeed.afterHistory(history).exposition();
    const types = text.split('\n').filter(l => l.startsWith('# TYPE'));
    expect(types).toEqual([
      '# TYPE http_server_requests counter',
      '# TYPE http_server_request_duration_seconds histogram',
      '# TYPE traces_service_graph_request counter',
      '# TYPE traces_service_graph_request_failed counter',
    ]);
    expect(text.endsWith('\n# EOF\n')).toBe(true);
  });

  it('does not move backwards', () => {
    const feed = LiveFeed.afterHistory(history);
    feed.advanceTo(END + 60);
    const text = feed.exposition();
    feed.advanceTo(END + 30);
    expect(feed.now).toBe(END + 60);
    expect(feed.exposition()).toBe(text);
  });

  it('refuses a fleet with a service born after the history', () => {
    const late: Fleet = {
      services: [svc('web'), svc('new', [], { birthOffset: HOUR })],
    };
    expect(() => LiveFeed.afterHistory({ ...history, fleet: late })).toThrow(
      'new is born after the history ends',
    );
  });
});
