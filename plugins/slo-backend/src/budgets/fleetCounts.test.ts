import { PrometheusError } from '../prometheus/PrometheusError';
import type { InstantSample } from '../prometheus/prometheusResponse';
import { activeSlo, entitySpecs, NOW } from './__testUtils__/budgetFixtures';
import { collectFleetCounts } from './fleetCounts';
import { fleetSlis } from './fleetSlis';

/** [events, bad events] per service, the same in every window and hour. */
const TABLE: Record<string, [number, number]> = {
  alpha: [1_000, 10],
  beta: [2_000, 4],
  gamma: [500, 5],
};

/**
 * Answers the batched queries (`service=~"a|b"`, by service or by service
 * and le) and the union queries of a single SLI from TABLE; fails every
 * query of the gRPC metric group.
 */
function fakePrometheus() {
  const answer = (promql: string) => {
    if (promql.includes('grpc_')) {
      throw new PrometheusError('Prometheus /api/v1/query failed: HTTP 503');
    }
    const bad = promql.includes('5..') || promql.includes(' - ');
    if (promql.includes('label_replace')) {
      const service = /service="([^"]+)"/.exec(promql)![1];
      return [...promql.matchAll(/"slo_budget_window", "([^"]+)"/g)].map(m => ({
        metric: { slo_budget_window: m[1] },
        value: TABLE[service][bad ? 1 : 0],
      }));
    }
    const single = /service="([^"]+)"/.exec(promql);
    if (single) {
      return [{ metric: {}, value: TABLE[single[1]][bad ? 1 : 0] }];
    }
    const services = /service=~"([^"]+)"/.exec(promql)![1].split('|');
    const known = services.filter(s => TABLE[s]);
    if (promql.startsWith('sum by (service, le)')) {
      return known.flatMap(service => [
        { metric: { service, le: '+Inf' }, value: TABLE[service][0] },
        {
          metric: { service, le: '0.25' },
          value: TABLE[service][0] - TABLE[service][1],
        },
      ]);
    }
    const service = (metric: { service: string }) => TABLE[metric.service];
    return known.map(s => ({
      metric: { service: s },
      value: service({ service: s })[promql.includes('5..') ? 1 : 0],
    }));
  };
  return {
    query: jest.fn(
      async (promql: string): Promise<InstantSample[]> =>
        answer(promql).map(s => ({ ...s, timestamp: 0 })),
    ),
    queryRange: jest.fn(
      async (promql: string, range: { start: number; end: number }) =>
        answer(promql).map(s => ({
          metric: s.metric,
          values: [range.start, range.end].map(timestamp => ({
            timestamp,
            value: s.value,
          })),
        })),
    ),
  };
}

const slo = (service: string, targets = { availability: 99 }) =>
  activeSlo({
    id: `slo-${service}`,
    entityRef: `component:default/${service}`,
    targets,
  });

describe('collectFleetCounts', () => {
  const alpha = entitySpecs({
    service: 'alpha',
    slo: slo('alpha', { availability: 99, latency_p99_ms: 250 } as any),
  });
  // Another entity reading alpha's series (same service label value).
  const twin = entitySpecs({ service: 'alpha', slo: slo('alpha-twin') });
  // Its availability spec adds a matcher the telemetry mapping lacks.
  const beta = entitySpecs({ service: 'beta', slo: slo('beta') });
  const [betaSpec] = beta.specs;
  if (betaSpec.spec.indicator.kind === 'ratio') {
    betaSpec.spec.indicator.total.matchers!.push({
      name: 'env',
      op: '=',
      value: 'prod',
    });
  }
  const gamma = entitySpecs({ service: 'gamma', slo: slo('gamma') });
  gamma.telemetry = {
    ...gamma.telemetry,
    totalMetric: 'grpc_server_handled_total',
  };
  if (gamma.specs[0].spec.indicator.kind === 'ratio') {
    gamma.specs[0].spec.indicator.total.metric = 'grpc_server_handled_total';
    gamma.specs[0].spec.indicator.errors!.metric = 'grpc_server_handled_total';
  }

  it('batches by metric group, shares duplicated series, counts odd SLIs alone and isolates failed groups', async () => {
    const prometheus = fakePrometheus();
    const slis = fleetSlis([alpha, twin, beta, gamma]);
    expect(slis.map(s => s.family)).toEqual([
      'ratio',
      'buckets',
      'ratio',
      'single',
      'ratio',
    ]);
    const counts = await collectFleetCounts(prometheus, slis, NOW, {
      hourlyBackfill: 2,
    });

    const window = (key: string) => counts.windows.get(key)?.get('30d');
    expect(window('component:default/alpha#availability')).toEqual({
      total: 1_000,
      bad: 10,
    });
    // le="0.25" holds the fast requests: bad = +Inf − 0.25 bucket
    expect(window('component:default/alpha#latency_p99_ms')).toEqual({
      total: 1_000,
      bad: 10,
    });
    expect(window('component:default/alpha-twin#availability')).toEqual({
      total: 1_000,
      bad: 10,
    });
    expect(window('component:default/beta#availability')).toEqual({
      total: 2_000,
      bad: 4,
    });
    expect(counts.windows.has('component:default/gamma#availability')).toBe(
      false,
    );
    expect([...counts.failedEntities]).toEqual(['component:default/gamma']);
    // one per failed batch: 8 windows and the hours
    expect(counts.errors).toEqual(
      Array(9).fill('Prometheus /api/v1/query failed: HTTP 503'),
    );

    // 8 windows of a 30-day SLO: 2 ratio queries for the http group and
    // 2 for the grpc group, 1 bucket query; the same for the hours; beta:
    // 2 union queries and 2 hourly range queries.
    expect(counts.queries).toBe(8 * (2 + 2 + 1) + (2 + 2 + 1) + 4);
    expect(prometheus.query).toHaveBeenCalledTimes(8 * 5 + 2);

    // Hours end at the last two full hours; each is filed by its start.
    expect(
      [...counts.hours.get('component:default/alpha#availability')!].map(
        ([start, c]) => [(start - NOW.getTime()) / 3_600_000, c.total],
      ),
    ).toEqual([
      [-2, 1_000],
      [-1, 1_000],
    ]);
    expect([
      ...counts.hours.get('component:default/beta#availability')!.values(),
    ]).toEqual([
      { total: 2_000, bad: 4 },
      { total: 2_000, bad: 4 },
    ]);
  });

  it('an SLI whose indicator cannot be queried gets a note, not an exception', async () => {
    const broken = entitySpecs({ service: 'alpha', slo: slo('alpha') });
    if (broken.specs[0].spec.indicator.kind === 'ratio') {
      delete broken.specs[0].spec.indicator.errors;
    }
    const counts = await collectFleetCounts(
      fakePrometheus(),
      fleetSlis([broken]),
      NOW,
      { hourlyBackfill: 1 },
    );
    expect(counts.notes.get('component:default/alpha#availability')).toBe(
      'its events cannot be queried: a ratio indicator needs exactly one of errors or good',
    );
    expect(counts.queries).toBe(0);
  });
});
