import { mockServices } from '@backstage/backend-test-utils';
import { createServer, IncomingHttpHeaders, Server } from 'http';
import {
  startPrometheus,
  RunningPrometheus,
} from '../__testUtils__/prometheusHarness';
import { freePort } from '../__testUtils__/freePort';
import { PrometheusClient, PrometheusClientClock } from './PrometheusClient';
import { PrometheusError } from './PrometheusError';

jest.setTimeout(60_000);

// Two hours of a counter that grows by 600 per minute (10 req/s) for code
// 200 and by 6 per minute for code 500, plus a gauge with known values.
const T0 = 1_790_000_000; // a fixed instant, so every value is hand-checkable
const MINUTES = 120;

function history(): string {
  const lines = ['# TYPE http_server_requests counter'];
  for (const [code, perMinute] of [
    ['200', 600],
    ['500', 6],
  ] as const) {
    for (let m = 0; m <= MINUTES; m++) {
      lines.push(
        `http_server_requests_total{service="checkout",code="${code}"} ${
          m * perMinute
        } ${T0 + m * 60}`,
      );
    }
  }
  lines.push('# TYPE queue_depth gauge');
  [3, 5, 8].forEach((v, i) => {
    lines.push(`queue_depth{service="orders"} ${v} ${T0 + i * 60}`);
  });
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

const logger = mockServices.logger.mock();

/** A clock whose sleeps return at once and advance its time. */
function fakeClock(): PrometheusClientClock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async ms => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

let prometheus: RunningPrometheus;
let client: PrometheusClient;

beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: { text: history() } });
  client = PrometheusClient.create({
    config: {
      baseUrl: prometheus.baseUrl,
      requestTimeoutMs: 5_000,
      headers: {},
    },
    logger,
  });
});

afterAll(async () => {
  await prometheus?.stop();
});

describe('PrometheusClient against a real Prometheus', () => {
  it('reads back the exact samples that were written', async () => {
    const series = await client.queryRange('queue_depth{service="orders"}', {
      start: T0,
      end: T0 + 120,
      step: 60,
    });
    expect(series).toEqual([
      {
        metric: { __name__: 'queue_depth', service: 'orders' },
        values: [
          { timestamp: T0, value: 3 },
          { timestamp: T0 + 60, value: 5 },
          { timestamp: T0 + 120, value: 8 },
        ],
      },
    ]);
  });

  it('computes increases and availability from the backfilled counters', async () => {
    const end = T0 + MINUTES * 60;
    const increase = await client.query(
      'sum by (code) (increase(http_server_requests_total{service="checkout"}[1h]))',
      end,
    );
    const byCode = Object.fromEntries(
      increase.map(s => [s.metric.code, s.value]),
    );
    // 60 minutes × 600 and × 6; the window ends exactly on samples, so
    // Prometheus' extrapolation adds nothing.
    expect(byCode).toEqual({ '200': 36000, '500': 360 });

    const [availability] = await client.query(
      'sum(increase(http_server_requests_total{code!~"5.."}[1h])) / sum(increase(http_server_requests_total[1h]))',
      end,
    );
    expect(availability.value).toBeCloseTo(600 / 606, 12);
    expect(availability.timestamp).toBe(end);
  });

  it('reports PromQL errors with Prometheus’ error type', async () => {
    const error = await client.query('sum(').catch(e => e);
    expect(error).toBeInstanceOf(PrometheusError);
    expect(error.status).toBe(400);
    expect(error.errorType).toBe('bad_data');
    expect(error.message).toMatch(/\/api\/v1\/query failed: bad_data/);
  });

  it('rejects an inverted range before calling Prometheus', async () => {
    await expect(
      client.queryRange('up', { start: 10, end: 5, step: 1 }),
    ).rejects.toThrow(RangeError);
  });

  it('answers ping', async () => {
    await expect(client.ping()).resolves.toBeUndefined();
  });
});

describe('PrometheusClient failures and headers', () => {
  it('fails with a clear message when nothing listens', async () => {
    const port = await freePort();
    const unreachable = PrometheusClient.create({
      config: {
        baseUrl: `http://127.0.0.1:${port}`,
        requestTimeoutMs: 2_000,
        headers: {},
      },
      logger,
      clock: fakeClock(),
    });
    await expect(unreachable.ping()).rejects.toThrow(
      /\/api\/v1\/query unreachable: ECONNREFUSED/,
    );
    await expect(unreachable.query('up')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('sends configured auth and tenant headers and reports non-JSON answers', async () => {
    let seen: IncomingHttpHeaders = {};
    const server: Server = createServer((req, res) => {
      seen = req.headers;
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<html>bad gateway</html>');
    });
    const port = await freePort();
    await new Promise<void>(r => server.listen(port, '127.0.0.1', r));
    try {
      const behindProxy = PrometheusClient.create({
        config: {
          baseUrl: `http://127.0.0.1:${port}`,
          requestTimeoutMs: 2_000,
          headers: {
            Authorization: 'Bearer s3cret',
            'X-Scope-OrgID': 'team-a',
          },
        },
        logger,
      });
      const error = await behindProxy.ping().catch(e => e);
      expect(error).toBeInstanceOf(PrometheusError);
      expect(error.status).toBe(502);
      expect(error.message).toBe(
        'Prometheus /api/v1/query failed: HTTP 502 Bad Gateway',
      );
      expect(seen.authorization).toBe('Bearer s3cret');
      expect(seen['x-scope-orgid']).toBe('team-a');
    } finally {
      await new Promise(r => server.close(r));
    }
  });

  it('gives up after the request timeout', async () => {
    const server = createServer(() => {
      // never answers
    });
    const port = await freePort();
    await new Promise<void>(r => server.listen(port, '127.0.0.1', r));
    try {
      const slow = PrometheusClient.create({
        config: {
          baseUrl: `http://127.0.0.1:${port}`,
          requestTimeoutMs: 300,
          headers: {},
          retry: { attempts: 0, initialDelayMs: 0, factor: 1 },
        },
        logger,
      });
      await expect(slow.ping()).rejects.toThrow('no answer within 300 ms');
    } finally {
      server.closeAllConnections();
      await new Promise(r => server.close(r));
    }
  });
});

/** A fake Prometheus answering with scripted statuses, in order. */
async function scriptedServer(script: number[]) {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', c => (body += c));
    req.on('end', () => {
      seen.push(new URLSearchParams(body).get('query') ?? '');
      const status = script.length > 1 ? script.shift()! : script[0];
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify(
          status === 200
            ? {
                status: 'success',
                data: { resultType: 'vector', result: [] },
              }
            : {
                status: 'error',
                errorType: status === 400 ? 'bad_data' : 'internal',
                error: `status ${status}`,
              },
        ),
      );
    });
  });
  const port = await freePort();
  await new Promise<void>(r => server.listen(port, '127.0.0.1', r));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise(r => server.close(r)),
  };
}

describe('PrometheusClient retries and circuit breaker', () => {
  let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const clientFor = (
    baseUrl: string,
    clock: PrometheusClientClock,
    extra: Partial<
      Parameters<typeof PrometheusClient.create>[0]['config']
    > = {},
  ) =>
    PrometheusClient.create({
      config: { baseUrl, requestTimeoutMs: 2_000, headers: {}, ...extra },
      logger,
      clock,
    });

  it('retries 503 and 429 with 1 s, 2 s, 4 s backoff by default, then succeeds', async () => {
    server = await scriptedServer([503, 429, 502, 200]);
    const clock = fakeClock();
    await expect(clientFor(server.baseUrl, clock).query('up')).resolves.toEqual(
      [],
    );
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
    expect(server.seen).toEqual(['up', 'up', 'up', 'up']);
  });

  it('gives up after the configured attempts with the last error', async () => {
    server = await scriptedServer([500]);
    const clock = fakeClock();
    const resilient = clientFor(server.baseUrl, clock, {
      retry: { attempts: 2, initialDelayMs: 100, factor: 3 },
    });
    const error = await resilient.query('up').catch(e => e);
    expect(error).toBeInstanceOf(PrometheusError);
    expect(error.status).toBe(500);
    expect(clock.sleeps).toEqual([100, 300]);
    expect(server.seen).toHaveLength(3);
  });

  it('does not retry bad queries, and they do not count against the breaker', async () => {
    server = await scriptedServer([400]);
    const clock = fakeClock();
    const resilient = clientFor(server.baseUrl, clock, {
      circuitBreaker: { failureThreshold: 1, resetAfterMs: 1_000 },
    });
    const error = await resilient.query('sum(').catch(e => e);
    expect(error.errorType).toBe('bad_data');
    expect(error.retryable).toBe(false);
    expect(clock.sleeps).toEqual([]);
    expect(server.seen).toHaveLength(1);
    expect(resilient.state()).toEqual({
      state: 'closed',
      consecutiveFailures: 0,
    });
  });

  it('opens after 10 failed requests, fails fast, half-opens after 30 s and closes on a good probe', async () => {
    server = await scriptedServer([
      ...Array.from({ length: 10 }, () => 503),
      200,
    ]);
    const clock = fakeClock();
    const resilient = clientFor(server.baseUrl, clock, {
      retry: { attempts: 0, initialDelayMs: 0, factor: 1 },
    });
    for (let i = 0; i < 10; i++) {
      await expect(resilient.query('up')).rejects.toMatchObject({
        status: 503,
      });
    }
    expect(resilient.state()).toMatchObject({
      state: 'open',
      consecutiveFailures: 10,
    });
    const fast = await resilient.ping().catch(e => e);
    expect(fast).toBeInstanceOf(PrometheusError);
    expect(fast.errorType).toBe('circuit_open');
    expect(fast.message).toMatch(
      /not called: circuit breaker is open after 10 consecutive failures \(last: .*503.*\); next probe in 30 s/,
    );
    expect(server.seen).toHaveLength(10);

    await clock.sleep(30_000);
    expect(resilient.state().state).toBe('half-open');
    await expect(resilient.ping()).resolves.toBeUndefined();
    expect(server.seen).toHaveLength(11);
    expect(resilient.state()).toEqual({
      state: 'closed',
      consecutiveFailures: 0,
    });
  });

  it('stops retrying once the breaker opens mid-retry', async () => {
    server = await scriptedServer([503]);
    const clock = fakeClock();
    const resilient = clientFor(server.baseUrl, clock, {
      circuitBreaker: { failureThreshold: 2, resetAfterMs: 30_000 },
    });
    const error = await resilient.query('up').catch(e => e);
    expect(error.errorType).toBe('circuit_open');
    expect(server.seen).toHaveLength(2);
    expect(clock.sleeps).toEqual([1_000, 2_000]);
  });
});
