import { NotFoundError } from '@backstage/errors';
import { PrometheusError } from '../prometheus/PrometheusError';
import type { InstantSample } from '../prometheus/prometheusResponse';
import {
  activeSlo,
  DAY_MS,
  entitySpecs,
  HOUR_MS,
  NOW,
  snapshot,
} from './__testUtils__/budgetFixtures';
import { ErrorBudgetService } from './ErrorBudgetService';
import type { BudgetHour, ErrorBudgetSnapshot } from './types';

const ENTITY = 'component:default/checkout';
const specs = entitySpecs({
  service: 'checkout',
  slo: activeSlo({ targets: { availability: 99.9 } }),
  owner: 'group:default/payments',
  system: 'system:default/shop',
});

/**
 * Answers the union queries of one SLI from a table of [total, bad] per
 * window; the errors query is the one selecting 5xx codes.
 */
function fakePrometheus(table: Record<string, [number, number]>) {
  return {
    query: jest.fn(async (promql: string): Promise<InstantSample[]> => {
      const errors = promql.includes('5..');
      const windows = [
        ...promql.matchAll(/"slo_budget_window", "([^"]+)"/g),
      ].map(m => m[1]);
      return windows
        .filter(w => table[w])
        .map(w => ({
          metric: { slo_budget_window: w },
          timestamp: NOW.getTime() / 1000,
          value: table[w][errors ? 1 : 0],
        }));
    }),
  };
}

function setup(
  options: {
    prometheus?: { query: jest.Mock };
    stored?: ErrorBudgetSnapshot[];
    history?: BudgetHour[];
  } = {},
) {
  const store = {
    listEntity: jest.fn(async () => options.stored ?? []),
    history: jest.fn(async () => options.history ?? []),
  };
  const specsFor = jest.fn(async (ref: string) => {
    if (ref !== ENTITY) throw new NotFoundError(`${ref} has no active SLO`);
    return specs;
  });
  const service = new ErrorBudgetService({
    specs: { specsFor },
    store,
    prometheus: options.prometheus,
    config: { thresholds: { warning: 0.5, critical: 0.8 } },
    clock: () => NOW,
  });
  return { service, store };
}

const down = () => ({
  query: jest.fn(async () => {
    throw new PrometheusError(
      'Prometheus /api/v1/query unreachable: ECONNREFUSED',
    );
  }),
});

describe('ErrorBudgetService', () => {
  it('computes the budget live: 99.9% over 30 d, 600 of 1,000,000 bad', async () => {
    const prometheus = fakePrometheus({
      '30d': [1_000_000, 600],
      '1d': [40_000, 60],
      '1h': [2_000, 4],
      '5m': [200, 0],
    });
    const { service, store } = setup({ prometheus });
    const body = await service.forEntity(ENTITY);
    // One query of totals and one of bad events answer every window.
    expect(prometheus.query).toHaveBeenCalledTimes(2);
    expect(prometheus.query).toHaveBeenCalledWith(
      expect.any(String),
      NOW.getTime() / 1000,
    );
    expect(store.listEntity).not.toHaveBeenCalled();
    expect(body).toMatchObject({
      entity_ref: ENTITY,
      slo_id: 'slo-checkout-1',
      owner: 'group:default/payments',
      system: 'system:default/shop',
      window_days: 30,
      thresholds: { warning: 0.5, critical: 0.8 },
      notes: [],
      computed_at: NOW.toISOString(),
      stale: false,
      stale_reason: null,
    });
    expect(body.slis).toHaveLength(1);
    expect(body.slis[0]).toMatchObject({
      sli: 'availability',
      objective: 0.999,
      total_events: 1_000_000,
      consumed_events: 600,
      consumed_share: expect.closeTo(0.6, 12),
      allowed_minutes: expect.closeTo(43.2, 9),
      consumed_minutes: expect.closeTo(25.92, 9),
      status: 'warning',
      projection_burn_rate: expect.closeTo(1.5, 9),
      projected_exhaustion: new Date(NOW.getTime() + 8 * DAY_MS).toISOString(),
    });
    expect(body.slis[0].burn_rates['1h/5m']).toMatchObject({
      long: expect.closeTo(2, 9),
      short: 0,
    });
  });

  it('Prometheus down: serves the stored snapshot of the same SLO, marked stale', async () => {
    const stored = snapshot({ computedAt: new Date(NOW.getTime() - 300_000) });
    const { service } = setup({
      prometheus: down(),
      stored: [
        stored,
        snapshot({ sloId: 'an-older-slo', sli: 'latency_p99_ms' }),
      ],
    });
    const body = await service.forEntity(ENTITY);
    expect(body.stale).toBe(true);
    expect(body.stale_reason).toBe(
      'the live error budget could not be computed: Prometheus /api/v1/query unreachable: ECONNREFUSED; ' +
        'serving the error budget computed at 2026-03-01T11:55:00.000Z',
    );
    expect(body.computed_at).toBe('2026-03-01T11:55:00.000Z');
    expect(body.slis.map(s => [s.sli, s.consumed_share, s.status])).toEqual([
      ['availability', 0.6, 'warning'],
    ]);
  });

  it('Prometheus down and nothing stored: 503, not 500', async () => {
    const { service } = setup({ prometheus: down() });
    await expect(service.forEntity(ENTITY)).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining(
        'the fleet job has not stored an error budget of component:default/checkout yet',
      ),
    });
  });

  it('without Prometheus configured: stored snapshots, saying why', async () => {
    const { service } = setup({ stored: [snapshot()] });
    const body = await service.forEntity(ENTITY);
    expect(body.stale_reason).toMatch(/^slo\.prometheus is not configured; /);
  });

  it('no active SLO: the NotFoundError of the spec source', async () => {
    const { service } = setup({ prometheus: fakePrometheus({}) });
    await expect(service.forEntity('component:default/nope')).rejects.toThrow(
      NotFoundError,
    );
  });

  it('burn-down: reads the complete hours of the current window of this SLO', async () => {
    const hourStart = new Date(NOW.getTime() - 2 * HOUR_MS);
    const { service, store } = setup({
      history: [
        {
          entityRef: ENTITY,
          sli: 'availability',
          sloId: 'slo-checkout-1',
          hourStart,
          hourTotalEvents: 36_000,
          hourBadEvents: 18,
        },
      ],
    });
    const body = await service.burnDown(ENTITY);
    expect(store.history).toHaveBeenCalledWith(
      ENTITY,
      'slo-checkout-1',
      new Date(NOW.getTime() - 30 * DAY_MS),
      NOW,
    );
    expect(body.slis.map(s => s.sli)).toEqual(['availability']);
    const point = body.slis[0].points.find(
      p => p.hour_start === hourStart.toISOString(),
    );
    // 18 bad of an allowed 0.1% × 36,000 = 36
    expect(point?.cumulative_consumed_share).toBeCloseTo(0.5, 12);
    await expect(
      service.burnDown(ENTITY, { sli: 'latency_p99_ms' }),
    ).rejects.toThrow('has no latency_p99_ms error budget');
  });
});
