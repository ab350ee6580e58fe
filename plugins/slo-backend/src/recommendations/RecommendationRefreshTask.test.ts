import { mockServices } from '@backstage/backend-test-utils';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphStore } from '../graph/GraphStore';
import { NOW, seedShop } from '../__testUtils__/shopFixtures';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { RecommendationRefreshTask } from './RecommendationRefreshTask';
import { RecommendationService } from './RecommendationService';
import { RecommendationStore } from './RecommendationStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'RecommendationRefreshTask (%s)',
  id => {
    it('regenerates what is missing or expired and leaves valid ones alone', async () => {
      const { database } = await initDatabaseService(databases, id);
      const graph = await GraphStore.create({ database });
      const aggregates = await SliAggregateStore.create({ database });
      await seedShop(graph, aggregates);
      const recommendations = new RecommendationService({
        store: await RecommendationStore.create({ database }),
        graph,
        aggregates,
      });
      const task = new RecommendationRefreshTask({
        graph,
        recommendations,
        logger: mockServices.logger.mock(),
      });

      // Six catalog services; the external gateway gets none of its own.
      expect(await task.run(NOW)).toEqual({
        entities: 6,
        refreshed: 6,
        failed: 0,
      });
      const oneHourLater = new Date(NOW.getTime() + 3_600_000);
      expect((await task.run(oneHourLater)).refreshed).toBe(0);

      await recommendations.markStale('component:default/cart', 'SLIs changed');
      expect((await task.run(oneHourLater)).refreshed).toBe(1);

      const nextDay = new Date(NOW.getTime() + 25 * 3_600_000);
      expect((await task.run(nextDay)).refreshed).toBe(6);
    });
  },
);
