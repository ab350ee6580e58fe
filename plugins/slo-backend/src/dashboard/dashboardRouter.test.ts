import { mockErrorHandler } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { createDashboardRouter } from './dashboardRouter';
import { DRIFT_COUNT_CAP } from './toDriftSummary';

const NOW = new Date('2026-03-01T12:00:00.000Z');

function setup(options: { denyRead?: boolean; refreshed?: boolean } = {}) {
  const store = {
    listEntities: jest.fn(async () => []),
    sumDecisions: jest.fn(async () => []),
    computedAt: jest.fn(async () => (options.refreshed ? NOW : undefined)),
  };
  const drift = { listEvents: jest.fn(async () => []) };
  const authorizeRead = jest.fn(async () => {
    if (options.denyRead)
      throw new NotAllowedError('Missing permission slo.read');
  });
  const app = express()
    .use(
      createDashboardRouter({ store, drift, authorizeRead, clock: () => NOW }),
    )
    .use(mockErrorHandler());
  return { app, store, drift };
}

const PATHS = [
  '/dashboard/coverage',
  '/dashboard/error-budget-health',
  '/dashboard/recommendation-quality',
  '/dashboard/drift',
];

describe('dashboard router', () => {
  it('before the first refresh: 200 with empty figures and computed_at null', async () => {
    const { app } = setup();
    const coverage = await request(app).get('/dashboard/coverage');
    expect(coverage.status).toBe(200);
    expect(coverage.body).toMatchObject({
      computed_at: null,
      totals: { entities: 0, active_slo: 0, coverage_ratio: null },
      by_team: [],
      by_system: [],
    });
    expect(coverage.body.by_criticality.map((c: any) => c.criticality)).toEqual(
      ['critical', 'high', 'medium', 'low', 'unspecified'],
    );
    const health = await request(app).get('/dashboard/error-budget-health');
    expect(health.body).toEqual({
      computed_at: null,
      entities_with_active_slo: 0,
      entities_without_snapshot: 0,
      slis: 0,
      consumption: [
        { bucket: 'lt_25', from: 0, to: 0.25, count: 0 },
        { bucket: '25_50', from: 0.25, to: 0.5, count: 0 },
        { bucket: '50_75', from: 0.5, to: 0.75, count: 0 },
        { bucket: '75_100', from: 0.75, to: 1, count: 0 },
        { bucket: 'gte_100', from: 1, to: null, count: 0 },
        { bucket: 'no_data', from: null, to: null, count: 0 },
      ],
      by_status: {
        healthy: 0,
        warning: 0,
        critical: 0,
        exhausted: 0,
        no_data: 0,
      },
      closest_to_exhaustion: [],
    });
    const quality = await request(app).get('/dashboard/recommendation-quality');
    expect(quality.body).toMatchObject({
      computed_at: null,
      since: null,
      totals: {
        decisions: { human_decisions: 0, accept_rate: null },
        breaches: { completed_windows: 0, breach_rate: null },
      },
      by_team: [],
    });
    expect(quality.body.by_tier.map((t: any) => t.tier)).toEqual([
      'conservative',
      'balanced',
      'aggressive',
      'none',
    ]);
  });

  it('normalises owner and system refs and passes the filters on', async () => {
    const { app, store } = setup({ refreshed: true });
    const res = await request(app)
      .get('/dashboard/recommendation-quality')
      .query({
        owner: 'Team-Checkout',
        system: 'system:default/shop',
        since: '2026-02-01',
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      computed_at: NOW.toISOString(),
      since: '2026-02-01',
    });
    const filter = {
      owner: 'group:default/team-checkout',
      system: 'system:default/shop',
    };
    expect(store.sumDecisions).toHaveBeenCalledWith({
      ...filter,
      since: '2026-02-01',
    });
    expect(store.listEntities).toHaveBeenCalledWith(filter);
  });

  it('drift: defaults to 7 days and 50 events, asks for one more than it counts', async () => {
    const { app, drift } = setup();
    const res = await request(app).get(
      '/dashboard/drift?owner=team-a&days=30&limit=5',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      computed_at: NOW.toISOString(),
      since: '2026-01-30T12:00:00.000Z',
      events: [],
      total: 0,
      truncated: false,
      by_team: [],
      by_sli: [],
    });
    expect(drift.listEvents).toHaveBeenCalledWith({
      owner: 'group:default/team-a',
      since: new Date('2026-01-30T12:00:00.000Z'),
      limit: DRIFT_COUNT_CAP + 1,
    });
    await request(app).get('/dashboard/drift');
    expect(drift.listEvents).toHaveBeenLastCalledWith({
      since: new Date('2026-02-22T12:00:00.000Z'),
      limit: DRIFT_COUNT_CAP + 1,
    });
  });

  it.each([
    ['/dashboard/coverage?team=a', "Unrecognized key(s) in object: 'team'"],
    [
      '/dashboard/coverage?owner=group:default/',
      'owner: "group:default/" is not an entity ref',
    ],
    [
      '/dashboard/coverage?system=',
      'system: String must contain at least 1 character',
    ],
    [
      '/dashboard/error-budget-health?limit=0',
      'limit: must be a whole number from 1 to 100',
    ],
    [
      '/dashboard/error-budget-health?limit=101',
      'limit: must be a whole number from 1 to 100',
    ],
    [
      '/dashboard/error-budget-health?limit=2.5',
      'limit: must be a whole number',
    ],
    [
      '/dashboard/error-budget-health?order=share',
      "Unrecognized key(s) in object: 'order'",
    ],
    [
      '/dashboard/recommendation-quality?since=2026-02-30',
      'since: must be a date as YYYY-MM-DD',
    ],
    [
      '/dashboard/recommendation-quality?since=2026-02-01T00:00:00Z',
      'since: must be a date',
    ],
    ['/dashboard/drift?days=0', 'days: must be a whole number from 1 to 90'],
    ['/dashboard/drift?days=91', 'days: must be a whole number from 1 to 90'],
    [
      '/dashboard/drift?limit=501',
      'limit: must be a whole number from 1 to 500',
    ],
    [
      '/dashboard/drift?limit=-1',
      'limit: must be a whole number from 1 to 500',
    ],
  ])('GET %s: 400 naming %s', async (path, message) => {
    const { app, store, drift } = setup();
    const res = await request(app).get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain(message);
    expect(store.listEntities).not.toHaveBeenCalled();
    expect(drift.listEvents).not.toHaveBeenCalled();
  });

  it('every route needs read permission', async () => {
    const { app, store, drift } = setup({ denyRead: true });
    for (const path of PATHS) {
      expect((await request(app).get(path)).status).toBe(403);
    }
    expect(store.listEntities).not.toHaveBeenCalled();
    expect(store.sumDecisions).not.toHaveBeenCalled();
    expect(drift.listEvents).not.toHaveBeenCalled();
  });
});
