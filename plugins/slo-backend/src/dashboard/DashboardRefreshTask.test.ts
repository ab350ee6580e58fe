import { mockErrorHandler } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { createDashboardRouter } from './dashboardRouter';
import { NOW, setupDemo } from './__testUtils__/dashboardFixtures';
import { seedScenario } from './__testUtils__/dashboardScenario';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const counts = (
  entities: number,
  active: number,
  awaiting: number,
  noTelemetry: number,
) => ({
  entities,
  active_slo: active,
  awaiting_decision: awaiting,
  without_slo: entities - active - awaiting,
  no_telemetry: noTelemetry,
  coverage_ratio: active / entities,
});

describe.each(databases.eachSupportedId())('DashboardRefreshTask (%s)', id => {
  async function setup() {
    const demo = await setupDemo(databases, id);
    const app = express()
      .use(
        createDashboardRouter({
          store: demo.store,
          drift: { listEvents: async () => [] },
          authorizeRead: async () => undefined,
          clock: () => NOW,
        }),
      )
      .use(mockErrorHandler());
    const get = async (path: string) => {
      const res = await request(app).get(path);
      expect(res.status).toBe(200);
      return res.body;
    };
    return { ...demo, get };
  }

  it('serves empty figures before the first refresh', async () => {
    const { get } = await setup();
    const coverage = await get('/dashboard/coverage');
    expect(coverage.computed_at).toBeNull();
    expect(coverage.totals).toEqual({
      entities: 0,
      active_slo: 0,
      awaiting_decision: 0,
      without_slo: 0,
      no_telemetry: 0,
      coverage_ratio: null,
    });
    expect(coverage.by_team).toEqual([]);
    const health = await get('/dashboard/error-budget-health');
    expect(health).toMatchObject({
      computed_at: null,
      slis: 0,
      closest_to_exhaustion: [],
    });
  });

  it('counts coverage of the 20 internal demo entities by team, system and criticality', async () => {
    const demo = await setup();
    await seedScenario(demo);
    expect(await demo.task.run(NOW)).toEqual({
      entities: 20,
      windowsJudged: 4,
      failed: 0,
    });

    const body = await demo.get('/dashboard/coverage');
    expect(body.computed_at).toBe(NOW.toISOString());
    // Active: checkout, cart, payments, storefront-web, inventory (manual).
    // Awaiting: product-catalog (new after its reject), reviews, orders (stale).
    expect(body.totals).toEqual(counts(20, 5, 3, 14));
    expect(body.by_team).toEqual([
      { owner: 'group:default/team-checkout', ...counts(3, 3, 0, 0) },
      { owner: 'group:default/team-fulfilment', ...counts(4, 1, 1, 4) },
      { owner: 'group:default/team-platform', ...counts(8, 0, 0, 8) },
      { owner: 'group:default/team-storefront', ...counts(5, 1, 2, 2) },
    ]);
    expect(body.by_system).toEqual([
      { system: 'system:default/checkout', ...counts(5, 3, 0, 2) },
      { system: 'system:default/fulfilment', ...counts(7, 1, 1, 7) },
      { system: 'system:default/storefront', ...counts(8, 1, 2, 5) },
    ]);
    expect(body.by_criticality).toEqual([
      { criticality: 'critical', ...counts(4, 3, 0, 1) },
      { criticality: 'high', ...counts(3, 1, 2, 1) },
      { criticality: 'medium', ...counts(3, 1, 0, 2) },
      { criticality: 'low', ...counts(4, 0, 1, 4) },
      { criticality: 'unspecified', ...counts(6, 0, 0, 6) },
    ]);

    const checkoutTeam = await demo.get(
      '/dashboard/coverage?owner=team-checkout',
    );
    expect(checkoutTeam.totals).toEqual(counts(3, 3, 0, 0));
    const storefront = await demo.get(
      '/dashboard/coverage?system=system:default/storefront',
    );
    expect(storefront.totals).toEqual(counts(8, 1, 2, 5));
    expect(storefront.by_team.map((t: any) => [t.owner, t.entities])).toEqual([
      ['group:default/team-platform', 3],
      ['group:default/team-storefront', 5],
    ]);
  });

  it('buckets the budgets of active SLOs and ranks the pairs closest to exhaustion', async () => {
    const demo = await setup();
    const ids = await seedScenario(demo);
    await demo.task.run(NOW);

    const body = await demo.get('/dashboard/error-budget-health');
    expect(body).toMatchObject({
      computed_at: NOW.toISOString(),
      entities_with_active_slo: 5,
      entities_without_snapshot: 1, // inventory
      slis: 6, // recommendations' leftover snapshot is not counted
      by_status: {
        healthy: 2,
        warning: 2,
        critical: 0,
        exhausted: 1,
        no_data: 1,
      },
    });
    expect(body.consumption.map((b: any) => [b.bucket, b.count])).toEqual([
      ['lt_25', 1], // checkout latency 0.1
      ['25_50', 1], // storefront-web latency 0.25
      ['50_75', 2], // both availabilities at 0.6
      ['75_100', 0],
      ['gte_100', 1], // payments 1.2
      ['no_data', 1], // cart
    ]);
    const ranked = body.closest_to_exhaustion.map((p: any) => [
      p.entity_ref,
      p.sli,
      p.consumed_share,
    ]);
    expect(ranked).toEqual([
      ['component:default/payments', 'availability', 1.2],
      // Same share: the earlier exhaustion (2 days) first.
      ['component:default/storefront-web', 'availability', 0.6],
      ['component:default/checkout', 'availability', 0.6],
      ['component:default/storefront-web', 'latency_p99_ms', 0.25],
      ['component:default/checkout', 'latency_p99_ms', 0.1],
    ]);
    expect(body.closest_to_exhaustion[0]).toEqual({
      entity_ref: 'component:default/payments',
      owner: 'group:default/team-checkout',
      system: 'system:default/checkout',
      slo_id: ids.payments,
      sli: 'availability',
      consumed_share: 1.2,
      remaining_minutes: -43.2,
      status: 'exhausted',
      projected_exhaustion: null,
    });
    expect(body.closest_to_exhaustion[1].projected_exhaustion).toBe(
      '2026-03-03T12:00:00.000Z',
    );

    const top2 = await demo.get(
      '/dashboard/error-budget-health?limit=2&owner=group:default/team-checkout',
    );
    expect(top2.slis).toBe(4);
    expect(top2.closest_to_exhaustion.map((p: any) => p.entity_ref)).toEqual([
      'component:default/payments',
      'component:default/checkout',
    ]);
  });
});
