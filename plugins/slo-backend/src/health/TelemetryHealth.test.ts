import { ConfigReader } from '@backstage/config';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { CircuitBreakerSnapshot } from '../prometheus/CircuitBreaker';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { readTelemetryHealthConfig } from './readTelemetryHealthConfig';
import { PrometheusProbeTarget, TelemetryHealth } from './TelemetryHealth';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-23T20:10:00Z');

/** A Prometheus double whose reachability and breaker tests switch. */
function fakePrometheus() {
  const state = {
    down: false,
    breaker: {
      state: 'closed',
      consecutiveFailures: 0,
    } as CircuitBreakerSnapshot,
  };
  const target: PrometheusProbeTarget = {
    ping: async () => {
      if (state.down) {
        throw new Error('Prometheus /api/v1/query unreachable: ECONNREFUSED');
      }
    },
    state: () => state.breaker,
  };
  return { state, target };
}

describe.each(databases.eachSupportedId())('TelemetryHealth (%s)', id => {
  async function setup() {
    const { knex, database } = await initDatabaseService(databases, id);
    const aggregates = await SliAggregateStore.create({ database });
    let now = T0;
    const prometheus = fakePrometheus();
    const health = new TelemetryHealth({
      db: knex,
      prometheus: prometheus.target,
      maxAgeMs: 2 * HOUR,
      refreshIntervalMs: 10_000,
      clock: () => now,
    });
    return {
      knex,
      aggregates,
      prometheus,
      health,
      advance: (ms: number) => {
        now += ms;
        return new Date(now);
      },
    };
  }

  it('is current while Prometheus answers and aggregates are fresh', async () => {
    const { aggregates, health } = await setup();
    await aggregates.setStatus([
      { entityRef: 'component:default/a', status: 'ok' },
    ]);
    const status = await health.status(new Date());
    expect(status.stale).toBe(false);
    expect(status.lastAggregatedAt).toBeInstanceOf(Date);
    expect(
      Math.abs(status.lastAggregatedAt!.getTime() - Date.now()),
    ).toBeLessThan(60_000);
  });

  it('says since when Prometheus is unreachable, and recovers', async () => {
    const { health, prometheus, advance, knex } = await setup();
    await knex('telemetry_status').insert({
      entity_ref: 'component:default/a',
      status: 'ok',
      updated_at: new Date(T0 - HOUR),
    });
    expect((await health.status(new Date(T0))).stale).toBe(false);

    prometheus.state.down = true;
    // Within the refresh interval the last observation still holds...
    expect((await health.status(advance(5_000))).stale).toBe(false);
    // ...then a background probe notices.
    await health.status(advance(5_000));
    await health.refresh();
    const down = await health.status(advance(1_000));
    expect(down).toMatchObject({
      stale: true,
      reason:
        'Prometheus unreachable since 2026-11-23T20:10Z (ECONNREFUSED); ' +
        'telemetry last aggregated at 2026-11-23T19:10Z',
    });
    // The first failure stays the "since".
    advance(60_000);
    await health.refresh();
    expect((await health.status(advance(1)))?.reason).toContain(
      'since 2026-11-23T20:10Z',
    );

    prometheus.state.down = false;
    await health.refresh();
    expect((await health.status(advance(1))).stale).toBe(false);
  });

  it('is stale while the circuit breaker is open', async () => {
    const { health, prometheus } = await setup();
    prometheus.state.breaker = {
      state: 'open',
      consecutiveFailures: 10,
      openedAt: T0 - 120_000,
      retryAt: T0 + 30_000,
      lastFailure: 'Prometheus /api/v1/query_range unreachable: ETIMEDOUT',
    };
    expect(await health.status(new Date(T0))).toMatchObject({
      stale: true,
      reason:
        'Prometheus unreachable since 2026-11-23T20:08Z (ETIMEDOUT, circuit breaker open); ' +
        'telemetry never aggregated',
    });
  });

  it('is stale when the newest aggregation is older than maxAge, from any replica', async () => {
    const { health, knex } = await setup();
    await knex('telemetry_status').insert({
      entity_ref: 'component:default/a',
      status: 'ok',
      updated_at: new Date(T0 - 3 * HOUR),
    });
    expect(await health.status(new Date(T0))).toMatchObject({
      stale: true,
      reason:
        'telemetry last aggregated at 2026-11-23T17:10Z, more than 2 h ago',
    });
  });

  it('reports failing aggregation runs of this replica until one succeeds', async () => {
    const { health } = await setup();
    health.recordAggregationRun({
      ok: false,
      at: new Date(T0 - 60_000),
      error:
        'Prometheus /api/v1/query_range failed: HTTP 503 Service Unavailable',
    });
    health.recordAggregationRun({
      ok: false,
      at: new Date(T0),
      error: 'Prometheus /api/v1/query_range failed: HTTP 502 Bad Gateway',
    });
    expect((await health.status(new Date(T0))).reason).toBe(
      'aggregation failing since 2026-11-23T20:09Z (HTTP 502 Bad Gateway); telemetry never aggregated',
    );
    health.recordAggregationRun({ ok: true, at: new Date(T0 + 1) });
    expect(await health.status(new Date(T0 + 2))).toMatchObject({
      stale: false,
      lastAggregatedAt: new Date(T0 + 1),
    });
  });

  it('takes readiness probes into account', async () => {
    const { health } = await setup();
    await health.refresh();
    health.recordProbe(
      {
        status: 'error',
        latencyMs: 3,
        message: 'Prometheus /api/v1/query unreachable: ENOTFOUND',
      },
      T0,
    );
    expect((await health.status(new Date(T0))).reason).toContain(
      'Prometheus unreachable since 2026-11-23T20:10Z (ENOTFOUND)',
    );
    health.recordProbe({ status: 'ok', latencyMs: 3 });
    expect((await health.status(new Date(T0))).stale).toBe(false);
  });
});

describe('readTelemetryHealthConfig', () => {
  const hourly = {
    frequency: { hours: 1 },
    timeout: { minutes: 30 },
  };
  const read = (slo: object, schedule: any = hourly) =>
    readTelemetryHealthConfig(new ConfigReader({ slo }), schedule);

  it('defaults to twice the aggregation interval, 2 hours for cron', () => {
    expect(read({})).toEqual({ maxAgeMs: 2 * HOUR });
    expect(read({}, { ...hourly, frequency: { minutes: 15 } })).toEqual({
      maxAgeMs: 30 * 60_000,
    });
    expect(read({}, { ...hourly, frequency: { cron: '0 * * * *' } })).toEqual({
      maxAgeMs: 2 * HOUR,
    });
  });

  it('reads slo.recommendations.telemetryMaxAge', () => {
    expect(
      read({ recommendations: { telemetryMaxAge: { hours: 6 } } }),
    ).toEqual({ maxAgeMs: 6 * HOUR });
    expect(read({ recommendations: { telemetryMaxAge: 'PT90M' } })).toEqual({
      maxAgeMs: 90 * 60_000,
    });
  });

  it('rejects invalid values naming the key', () => {
    expect(() =>
      read({ recommendations: { telemetryMaxAge: { seconds: 5 } } }),
    ).toThrow(
      /slo.recommendations.telemetryMaxAge must be at least one minute/,
    );
    expect(() =>
      read({ recommendations: { telemetryMaxAge: 'soon' } }),
    ).toThrow(/slo.recommendations.telemetryMaxAge/);
    expect(() => read({ recommendations: { telemetryMaxAge: 7 } })).toThrow(
      /slo.recommendations.telemetryMaxAge/,
    );
  });
});
