import { mockErrorHandler } from '@backstage/backend-test-utils';
import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { noDataSnapshot, NOW, snapshot } from './__testUtils__/budgetFixtures';
import { createBudgetsRouter } from './budgetsRouter';
import type { BudgetFleetCounts } from './ErrorBudgetStore';

const base = '/services/component/default/checkout/slos/error-budget';
const ENTITY = 'component:default/checkout';

function setup(options: { denyRead?: boolean } = {}) {
  const service = {
    forEntity: jest.fn(),
    burnDown: jest.fn(),
    thresholds: { warning: 0.5, critical: 0.8 },
  };
  const counts: BudgetFleetCounts = {
    entities: 2,
    byStatus: { warning: 1, no_data: 1 },
    shares: [0.6],
    newest: NOW,
  };
  const store = {
    listFleet: jest.fn(async () => [snapshot(), noDataSnapshot()]),
    fleetCounts: jest.fn(async () => counts),
  };
  const authorizeRead = jest.fn(async () => {
    if (options.denyRead) {
      throw new NotAllowedError('Missing permission slo.read');
    }
  });
  const app = express()
    .use(createBudgetsRouter({ service, store, authorizeRead }))
    .use(mockErrorHandler());
  return { app, service, store };
}

describe('budgets router', () => {
  it('GET error-budget: the live budget of the lower-cased entity', async () => {
    const { app, service } = setup();
    service.forEntity.mockResolvedValue({ entity_ref: ENTITY, stale: false });
    const res = await request(app).get(
      '/services/Component/default/Checkout/slos/error-budget',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ entity_ref: ENTITY, stale: false });
    expect(service.forEntity).toHaveBeenCalledWith(ENTITY);
  });

  it.each([
    [new NotFoundError(`${ENTITY} has no active SLO`), 404],
    [
      new ServiceUnavailableError('Prometheus unreachable, nothing stored'),
      503,
    ],
  ])('GET error-budget passes on %s', async (error, status) => {
    const { app, service } = setup();
    service.forEntity.mockRejectedValue(error);
    const res = await request(app).get(base);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toBe(error.message);
  });

  it('GET burn-down: validates sli and passes it on', async () => {
    const { app, service } = setup();
    service.burnDown.mockResolvedValue({ slis: [] });
    const ok = await request(app).get(`${base}/burn-down?sli=latency_p99_ms`);
    expect(ok.status).toBe(200);
    expect(service.burnDown).toHaveBeenCalledWith(ENTITY, {
      sli: 'latency_p99_ms',
    });
    const bad = await request(app).get(`${base}/burn-down?sli=latency_p50_ms`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('sli');
  });

  it('GET error-budgets: fleet items, the summary and the defaults', async () => {
    const { app, store } = setup();
    const res = await request(app).get('/error-budgets');
    expect(res.status).toBe(200);
    expect(store.listFleet).toHaveBeenCalledWith({
      order: 'exhaustion',
      limit: 100,
    });
    expect(store.fleetCounts).toHaveBeenCalledWith({});
    expect(res.body.items.map((i: any) => [i.entity_ref, i.status])).toEqual([
      [ENTITY, 'warning'],
      [ENTITY, 'no_data'],
    ]);
    expect(res.body.items[0]).toMatchObject({
      slo_id: 'slo-checkout-1',
      owner: 'group:default/payments',
      system: 'system:default/shop',
      consumed_share: 0.6,
      projected_exhaustion: '2026-03-09T12:00:00.000Z',
      burn_rates: {
        '1h/5m': { long: 2, short: 0, alert_factor: 14.4 },
        '6h/30m': { long: null, short: null },
      },
    });
    expect(res.body.summary).toEqual({
      entities: 2,
      slis: 2,
      by_status: {
        healthy: 0,
        warning: 1,
        critical: 0,
        exhausted: 0,
        no_data: 1,
      },
      consumption: [
        ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(i => ({
          from: i / 10,
          to: (i + 1) / 10,
          count: i === 6 ? 1 : 0,
        })),
        { from: 1, to: null, count: 0 },
      ],
    });
    expect(res.body.thresholds).toEqual({ warning: 0.5, critical: 0.8 });
    expect(res.body.computed_at).toBe(NOW.toISOString());
  });

  it('GET error-budgets: normalises owner and system refs, splits statuses', async () => {
    const { app, store } = setup();
    const res = await request(app).get('/error-budgets').query({
      team: 'Payments',
      system: 'shop',
      status: 'critical,exhausted',
      order: 'consumed',
      limit: '10',
      sli: 'availability',
    });
    expect(res.status).toBe(200);
    const filter = {
      owner: 'group:default/payments',
      system: 'system:default/shop',
      sli: 'availability',
    };
    expect(store.listFleet).toHaveBeenCalledWith({
      ...filter,
      statuses: ['critical', 'exhausted'],
      order: 'consumed',
      limit: 10,
    });
    expect(store.fleetCounts).toHaveBeenCalledWith(filter);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['order=random', 'order'],
    [
      'status=warning,fine',
      'status: "fine": use healthy, warning, critical, exhausted, no_data',
    ],
    ['status=', 'status: "": use'],
    ['owner=group:default/', 'owner: "group:default/" is not an entity ref'],
    ['system=', 'system: String must contain at least 1 character'],
    [
      'owner=payments&team=search',
      'team: owner and team name different groups',
    ],
    ['page=2', "Unrecognized key(s) in object: 'page'"],
  ])('GET error-budgets?%s: 400 naming %s', async (query, message) => {
    const { app, store } = setup();
    const res = await request(app).get(`/error-budgets?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain(message);
    expect(store.listFleet).not.toHaveBeenCalled();
  });

  it('rejects unknown query parameters and bad entity paths', async () => {
    const { app, service } = setup();
    expect((await request(app).get(`${base}?window=7d`)).status).toBe(400);
    expect(
      (
        await request(app).get(
          '/services/component/default/-x/slos/error-budget',
        )
      ).status,
    ).toBe(400);
    expect(service.forEntity).not.toHaveBeenCalled();
  });

  it('every route needs read permission', async () => {
    const { app, service, store } = setup({ denyRead: true });
    for (const path of [base, `${base}/burn-down`, '/error-budgets']) {
      expect((await request(app).get(path)).status).toBe(403);
    }
    expect(service.forEntity).not.toHaveBeenCalled();
    expect(service.burnDown).not.toHaveBeenCalled();
    expect(store.listFleet).not.toHaveBeenCalled();
  });
});
