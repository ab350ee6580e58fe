import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphStore } from '../graph/GraphStore';
import {
  c,
  node,
  NOW,
  seedShop,
  shopEdges,
  shopNodes,
} from '../__testUtils__/shopFixtures';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import {
  CACHE_TTL_MS,
  RecommendationService,
  REVALIDATE_MS,
  TelemetryHealthSource,
} from './RecommendationService';
import { RecommendationStore } from './RecommendationStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const all = {
  sliType: 'all' as const,
  lookbackDays: 60,
  forceRegenerate: false,
};
const forced = { ...all, forceRegenerate: true };
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(databases.eachSupportedId())(
  'RecommendationService cache (%s)',
  id => {
    /**
     * Two replicas: each has its own stores and service (its own memory),
     * both on the same database.
     */
    async function setup(
      options: {
        revalidateMs?: number;
        telemetry?: TelemetryHealthSource;
      } = {},
    ) {
      const { database, knex } = await initDatabaseService(databases, id);
      const replica = async () => {
        const graph = await GraphStore.create({ database });
        const aggregates = await SliAggregateStore.create({ database });
        const store = await RecommendationStore.create({ database });
        const service = new RecommendationService({
          store,
          graph,
          aggregates,
          telemetry: options.telemetry,
          cache: { revalidateMs: options.revalidateMs },
        });
        return { graph, aggregates, store, service };
      };
      const a = await replica();
      await seedShop(a.graph, a.aggregates);
      const b = await replica();
      let queries = 0;
      knex.on('query', () => {
        queries++;
      });
      return { a, b, queries: () => queries };
    }

    it('serves repeated requests from memory without a database round trip', async () => {
      const { a, queries } = await setup();
      const first = await a.service.get(c('checkout'), all, NOW);
      const before = queries();
      for (let i = 1; i <= 20; i++) {
        const again = await a.service.get(c('checkout'), all, at(i * 50));
        expect(again).toBe(first);
        expect(await a.service.isKnown(c('checkout'), at(i * 50))).toBe(true);
      }
      expect(queries()).toBe(before);

      // After REVALIDATE_MS one cheap query confirms it is still active.
      const revalidated = await a.service.get(
        c('checkout'),
        all,
        at(REVALIDATE_MS + 1),
      );
      expect(revalidated.recommendation_id).toBe(first.recommendation_id);
      expect(queries() - before).toBeLessThanOrEqual(2); // snapshot id, status
    });

    it('serves the same JSON with the recommendation id as ETag', async () => {
      const { a } = await setup();
      const first = await a.service.getJson(c('checkout'), all, NOW);
      const body = JSON.parse(first.json.toString());
      expect(first.etag).toBe(`"${body.recommendation_id}"`);
      const again = await a.service.getJson(c('checkout'), all, at(10));
      expect(again).toEqual(first);
    });

    it('invalidates at once on markStale here and within REVALIDATE_MS on markStale elsewhere', async () => {
      const { a, b } = await setup();
      const first = await a.service.get(c('checkout'), all, NOW);
      await b.service.get(c('checkout'), all, NOW);

      // This replica: at once.
      expect(await a.service.markStale(c('checkout'), 'SLO accepted')).toBe(1);
      const regenerated = await a.service.get(c('checkout'), all, at(10));
      expect(regenerated.recommendation_id).not.toBe(first.recommendation_id);

      // The other replica still holds `first` in memory, for at most
      // REVALIDATE_MS; then it finds it superseded and reads the new one.
      expect(
        (await b.service.get(c('checkout'), all, at(20))).recommendation_id,
      ).toBe(first.recommendation_id);
      expect(
        (await b.service.get(c('checkout'), all, at(REVALIDATE_MS + 1)))
          .recommendation_id,
      ).toBe(regenerated.recommendation_id);

      // Marked stale by b: a regenerates within REVALIDATE_MS.
      await b.service.markStale(c('checkout'), 'drift detected');
      const seen = at(REVALIDATE_MS + 10);
      await a.service.get(c('checkout'), all, seen);
      const later = await a.service.get(
        c('checkout'),
        all,
        at(3 * REVALIDATE_MS),
      );
      expect(later.recommendation_id).not.toBe(regenerated.recommendation_id);
      expect(later.stale).toBe(false);
    });

    it('invalidates on a new graph snapshot, also one written by another replica', async () => {
      const { a, b } = await setup();
      const first = await a.service.get(c('checkout'), all, NOW);
      await b.graph.syncCatalog([...shopNodes(), node('audit')], shopEdges());
      expect(
        (await a.service.get(c('checkout'), all, at(10))).recommendation_id,
      ).toBe(first.recommendation_id);
      const next = await a.service.get(
        c('checkout'),
        all,
        at(REVALIDATE_MS + 1),
      );
      expect(next.recommendation_id).not.toBe(first.recommendation_id);
      expect(next.graph_snapshot_id).not.toBe(first.graph_snapshot_id);
      // A node the model did not have yet is still known (database).
      await b.graph.syncCatalog(
        [...shopNodes(), node('audit'), node('billing')],
        shopEdges(),
      );
      expect(await a.service.isKnown(c('billing'), at(REVALIDATE_MS + 2))).toBe(
        true,
      );
      expect(await a.service.isKnown(c('nobody'), at(REVALIDATE_MS + 3))).toBe(
        false,
      );
    });

    it('never serves an expired recommendation from memory', async () => {
      // Revalidation so rare that only expiry can end the memory hit.
      const { a } = await setup({ revalidateMs: 10 * CACHE_TTL_MS });
      const first = await a.service.get(c('checkout'), all, NOW);
      expect(
        (await a.service.get(c('checkout'), all, at(CACHE_TTL_MS - 1)))
          .recommendation_id,
      ).toBe(first.recommendation_id);
      const next = await a.service.get(c('checkout'), all, at(CACHE_TTL_MS));
      expect(next.recommendation_id).not.toBe(first.recommendation_id);
    });

    it('replaces the cached recommendation on force_regenerate, here at once and elsewhere within REVALIDATE_MS', async () => {
      const { a, b } = await setup();
      const first = await a.service.get(c('checkout'), all, NOW);
      await b.service.get(c('checkout'), all, NOW);
      const regenerated = await a.service.get(c('checkout'), forced, at(5));
      expect(regenerated.recommendation_id).not.toBe(first.recommendation_id);
      expect(await a.service.get(c('checkout'), all, at(10))).toBe(regenerated);
      expect(
        (await b.service.get(c('checkout'), all, at(REVALIDATE_MS + 6)))
          .recommendation_id,
      ).toBe(regenerated.recommendation_id);
    });

    it('generates once for concurrent requests of one key', async () => {
      const { a } = await setup();
      const generate = jest.spyOn(a.aggregates, 'list');
      const bodies = await Promise.all(
        Array.from({ length: 10 }, () =>
          a.service.get(c('checkout'), all, NOW),
        ),
      );
      expect(new Set(bodies.map(x => x.recommendation_id)).size).toBe(1);
      expect(generate).toHaveBeenCalledTimes(1);
    });

    it('flags cached and generated responses stale while telemetry is not current', async () => {
      let stale = false;
      const telemetry: TelemetryHealthSource = {
        status: async () =>
          stale
            ? {
                stale: true,
                reason:
                  'Prometheus unreachable since 2026-03-01T11:00Z (ECONNREFUSED)',
              }
            : { stale: false },
      };
      const { a } = await setup({ telemetry });
      const fresh = await a.service.get(c('checkout'), all, NOW);
      expect(fresh.stale).toBe(false);
      stale = true;
      const cached = await a.service.get(c('checkout'), all, at(10));
      expect(cached).toMatchObject({
        recommendation_id: fresh.recommendation_id,
        stale: true,
        stale_reason:
          'Prometheus unreachable since 2026-03-01T11:00Z (ECONNREFUSED)',
      });
      const json = await a.service.getJson(c('checkout'), all, at(20));
      expect(json.etag).toBeUndefined();
      expect(JSON.parse(json.json.toString())).toEqual(cached);
      // Nothing stored yet: generated from the stored aggregates, flagged.
      const generated = await a.service.get(c('cart'), all, at(30));
      expect(generated).toMatchObject({
        service_id: c('cart'),
        stale: true,
      });
      // The memory copy is not altered: once telemetry recovers it is fresh.
      stale = false;
      expect(await a.service.get(c('checkout'), all, at(40))).toBe(fresh);
    });
  },
);
