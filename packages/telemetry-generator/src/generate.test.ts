import { generateSeries, GenerateOptions } from './generate';
import { LATENCY_LE } from './latency';
import { svc } from './testFleets';
import { collect, increase, key } from './testSeries';

const DAY = 86400;
const END = 1_795_270_800; // Saturday 2026-11-21 14:20 UTC
const REQ = 'http_server_requests_total';

function run(
  options: Partial<GenerateOptions> & Pick<GenerateOptions, 'fleet'>,
) {
  return collect(
    generateSeries({
      start: END - 7 * DAY,
      end: END,
      stepSeconds: 300,
      seed: 1,
      ...options,
    }),
  );
}

function total(
  series: ReturnType<typeof run>,
  name: string,
  labels: Record<string, string>,
) {
  const s = series.get(key(name, labels));
  if (!s) throw new Error(`missing ${key(name, labels)}`);
  return s.values[s.values.length - 1] - s.values[0];
}

describe('generateSeries', () => {
  const fleet = {
    services: [
      svc('api', [{ target: 'db', propagation: 0.5, callsPerRequest: 2 }], {
        requestRate: 10,
        errorRatio: 0.01,
        notFoundRatio: 0.02,
        latency: { medianSeconds: 0.1, sigma: 0.5 },
      }),
      {
        ...svc('db', [], { errorRatio: 0.02 }),
        kind: 'resource' as const,
        requestRate: 0,
      },
    ],
  };
  const series = run({ fleet });
  const code = (c: string) => total(series, REQ, { service: 'api', code: c });

  it('matches the configured rate and ratios over a week', () => {
    const all = code('200') + code('404') + code('500') + code('503');
    // 10 req/s * 7 days = 6,048,000 requests; Poisson sd ~2,460
    expect(Math.abs(all / 6_048_000 - 1)).toBeLessThan(0.003);
    // own 500s: 1 %; propagated 503s: 0.5 * 2 % = 1 %; 404s: 2 % of the rest
    expect(code('500') / all).toBeCloseTo(0.01, 3);
    expect(code('503') / all).toBeCloseTo(0.01, 3);
    expect(code('404') / all).toBeCloseTo(0.02 * 0.98, 3);
  });

  it('writes service-graph edges with calls per request and the callee error', () => {
    const calls = total(series, 'traces_service_graph_request_total', {
      client: 'api',
      server: 'db',
    });
    const failed = total(series, 'traces_service_graph_request_failed_total', {
      client: 'api',
      server: 'db',
    });
    expect(calls / 12_096_000).toBeCloseTo(1, 2); // 2 calls per request
    expect(failed / calls).toBeCloseTo(0.02, 3);
  });

  it('writes no HTTP series for a resource', () => {
    expect([...series.keys()].some(k => k.includes('"service":"db"'))).toBe(
      false,
    );
  });

  it('writes cumulative, monotone histograms whose +Inf equals _count and the requests', () => {
    const bucket = (le: string) =>
      series.get(
        key('http_server_request_duration_seconds_bucket', {
          service: 'api',
          le,
        }),
      )!;
    const count = series.get(
      key('http_server_request_duration_seconds_count', { service: 'api' }),
    )!;
    const requests = ['200', '404', '500', '503'].map(
      c => series.get(key(REQ, { service: 'api', code: c }))!,
    );
    for (let i = 0; i < count.values.length; i++) {
      for (let b = 1; b < LATENCY_LE.length; b++) {
        expect(bucket(LATENCY_LE[b]).values[i]).toBeGreaterThanOrEqual(
          bucket(LATENCY_LE[b - 1]).values[i],
        );
      }
      expect(count.values[i]).toBeGreaterThanOrEqual(
        count.values[Math.max(0, i - 1)],
      );
      expect(bucket('+Inf').values[i]).toBe(count.values[i]);
      expect(requests.reduce((a, s) => a + s.values[i], 0)).toBe(
        count.values[i],
      );
    }
    // log-normal(0.1, 0.5): P(<= 0.25) = 0.96657, mean 0.1 * e^0.125 = 0.113315 s
    const n = total(series, 'http_server_request_duration_seconds_count', {
      service: 'api',
    });
    expect(
      total(series, 'http_server_request_duration_seconds_bucket', {
        service: 'api',
        le: '0.25',
      }) / n,
    ).toBeCloseTo(0.96657, 3);
    expect(
      total(series, 'http_server_request_duration_seconds_sum', {
        service: 'api',
      }) / n,
    ).toBeCloseTo(0.113315, 3);
  });

  it('starts every series at 0 and keeps timestamps strictly increasing', () => {
    for (const s of series.values()) {
      expect(s.values[0]).toBe(0);
      for (let i = 1; i < s.timestamps.length; i++) {
        expect(s.timestamps[i]).toBeGreaterThan(s.timestamps[i - 1]);
      }
    }
  });

  it('averages the seasonal traffic to the configured rate over whole weeks', () => {
    const seasonal = {
      services: [
        svc('web', [], {
          requestRate: 5,
          seasonality: {
            dailyAmplitude: 0.5,
            peakHourUtc: 18,
            weekendFactor: 0.5,
          },
        }),
      ],
    };
    const out = run({
      fleet: seasonal,
      start: END - 28 * DAY,
      stepSeconds: 600,
    });
    const all = total(out, REQ, { service: 'web', code: '200' });
    expect(all / (5 * 28 * DAY)).toBeCloseTo(1, 2);
  });

  it('is identical for the same seed, whatever the chunk size, and differs for another seed', () => {
    const options = {
      fleet,
      start: END - DAY,
      end: END,
      stepSeconds: 300,
      seed: 7,
    };
    const whole = collect(generateSeries(options));
    const chunked = collect(
      generateSeries({ ...options, maxChunkValues: 100 }),
    );
    expect(chunked).toEqual(whole);
    const other = collect(generateSeries({ ...options, seed: 8 }));
    expect(other).not.toEqual(whole);
  });

  it('counts an incident in proportion to its overlap and only while it lasts', () => {
    const flaky = {
      services: [
        svc('api', [], {
          requestRate: 50,
          incidents: [
            {
              offset: -2 * DAY,
              durationSeconds: 2 * 3600,
              extraErrorRatio: 0.2,
            },
          ],
        }),
      ],
    };
    const out = run({ fleet: flaky });
    const s = out.get(key(REQ, { service: 'api', code: '500' }))!;
    const from = END - 2 * DAY;
    expect(increase(s, END - 7 * DAY, from)).toBe(0);
    expect(increase(s, from + 2 * 3600, END)).toBe(0);
    // 50 req/s * 7200 s * 0.2 = 72,000 errors, sd ~ 240
    expect(increase(s, from, from + 2 * 3600) / 72_000).toBeCloseTo(1, 2);
  });

  it('writes no sample before a service is born, also for its edges', () => {
    const young = {
      services: [
        svc('old', [{ target: 'new', propagation: 1 }]),
        svc('new', [], { birthOffset: -2 * DAY - 100 }),
      ],
    };
    const out = run({ fleet: young });
    const birth = END - 2 * DAY - 100;
    for (const [name, s] of out) {
      if (!name.includes('"new"')) continue;
      expect(s.timestamps[0]).toBeGreaterThanOrEqual(birth);
      expect(s.timestamps[0] - birth).toBeLessThan(300);
      expect(s.values[0]).toBe(0);
    }
    expect(
      out.get(key(REQ, { service: 'old', code: '200' }))!.timestamps[0],
    ).toBe(END - 7 * DAY);
  });
});
