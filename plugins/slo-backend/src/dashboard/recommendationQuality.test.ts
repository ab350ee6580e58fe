import { mockErrorHandler } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { createDashboardRouter } from './dashboardRouter';
import { DAY_MS, NOW, setupDemo } from './__testUtils__/dashboardFixtures';
import { seedScenario } from './__testUtils__/dashboardScenario';

jest.setTimeout(120_000);

const databases = createTestDatabases();

/** Decision counts with the rates over accept + modify + reject. */
const decisions = (
  accept: number,
  modify: number,
  reject: number,
  auto = 0,
) => {
  const human = accept + modify + reject;
  const rate = (n: number) => (human === 0 ? null : n / human);
  return {
    accept,
    modify,
    reject,
    auto_approve: auto,
    human_decisions: human,
    accept_rate: rate(accept),
    modify_rate: rate(modify),
    reject_rate: rate(reject),
  };
};

const breaches = (completed: number, breached: number, withoutData = 0) => ({
  completed_windows: completed,
  breached_windows: breached,
  breach_rate: completed === 0 ? null : breached / completed,
  windows_without_data: withoutData,
});

describe.each(databases.eachSupportedId())(
  'recommendation quality (%s)',
  id => {
    async function setup() {
      const demo = await setupDemo(databases, id);
      await seedScenario(demo);
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
      const get = async (query = '') => {
        const res = await request(app).get(
          `/dashboard/recommendation-quality${query}`,
        );
        expect(res.status).toBe(200);
        return res.body;
      };
      return { ...demo, get };
    }

    it('counts decisions by team and tier, and breaches of completed windows', async () => {
      const { task, get } = await setup();
      await task.run(NOW);
      const body = await get();
      expect(body.computed_at).toBe(NOW.toISOString());
      expect(body.since).toBeNull();
      // checkout, storefront-web twice; cart; product-catalog, search; payments.
      // checkout 99.95 % ≥ 99.9; payments 99 % < 99.5; storefront-web exactly
      // 99.9 % (not a breach); its aggressive SLO had no December data.
      expect(body.totals).toEqual({
        decisions: decisions(3, 1, 2, 1),
        breaches: breaches(3, 1, 1),
      });
      expect(body.by_team).toEqual([
        {
          owner: 'group:default/team-checkout',
          decisions: decisions(1, 1, 0, 1),
          breaches: breaches(2, 1),
        },
        {
          owner: 'group:default/team-storefront',
          decisions: decisions(2, 0, 2),
          breaches: breaches(1, 0, 1),
        },
      ]);
      expect(body.by_tier).toEqual([
        {
          tier: 'conservative',
          decisions: decisions(0, 1, 0, 1),
          breaches: breaches(1, 1),
        },
        {
          tier: 'balanced',
          decisions: decisions(2, 0, 1),
          breaches: breaches(2, 0),
        },
        {
          tier: 'aggressive',
          decisions: decisions(1, 0, 0),
          breaches: breaches(0, 0, 1),
        },
        {
          tier: 'none',
          decisions: decisions(0, 0, 1),
          breaches: breaches(0, 0),
        },
      ]);
    });

    it('since counts decisions from that UTC day on; owner and system narrow everything', async () => {
      const { task, get } = await setup();
      await task.run(NOW);
      const since = await get('?since=2026-01-05');
      expect(since.since).toBe('2026-01-05');
      // storefront-web 01-05, payments 01-10, product-catalog 02-01,
      // search 02-15, cart 02-20.
      expect(since.totals.decisions).toEqual(decisions(1, 1, 2, 1));
      expect(since.totals.breaches).toEqual(breaches(3, 1, 1));

      const team = await get('?owner=team-checkout');
      expect(team.totals).toEqual({
        decisions: decisions(1, 1, 0, 1),
        breaches: breaches(2, 1),
      });
      expect(team.by_team.map((t: any) => t.owner)).toEqual([
        'group:default/team-checkout',
      ]);
      const fulfilment = await get('?system=fulfilment');
      expect(fulfilment.totals).toEqual({
        decisions: decisions(0, 0, 0),
        breaches: breaches(0, 0),
      });
      expect(fulfilment.by_team).toEqual([]);
    });

    it('keeps judged windows once their daily aggregates are pruned', async () => {
      const { task, aggregates, get } = await setup();
      await task.run(NOW);
      const before = await get();
      await aggregates.prune({
        hour: NOW,
        day: new Date(NOW.getTime() + DAY_MS),
      });
      const later = new Date(NOW.getTime() + 3_600_000);
      // Every window ended more than two days ago: none is judged again.
      expect(await task.run(later)).toMatchObject({ windowsJudged: 0 });
      const after = await get();
      expect(after.computed_at).toBe(later.toISOString());
      expect(after.totals).toEqual(before.totals);
      expect(after.by_tier).toEqual(before.by_tier);
    });
  },
);
