import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { demoCatalogEntities } from '../__testUtils__/demoCatalog';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { catalogGraph } from '../graph/catalogGraph';
import { GraphStore } from '../graph/GraphStore';
import { SloStore } from '../lifecycle/SloStore';
import { DashboardRefreshTask } from './DashboardRefreshTask';
import { wireDashboard } from './wireDashboard';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('wireDashboard (%s)', id => {
  it('refreshes the figures when asked, without waiting for the schedule', async () => {
    const { database } = await initDatabaseService(databases, id);
    const entities = demoCatalogEntities();
    const graph = await GraphStore.create({ database });
    const { nodes, edges } = catalogGraph(entities, new Date());
    await graph.syncCatalog(nodes, edges);
    const scheduler = mockServices.scheduler();
    const dashboard = await wireDashboard({
      database,
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      graph,
      aggregates: await SliAggregateStore.create({ database }),
      slos: await SloStore.create({ database }),
      logger: mockServices.logger.mock(),
      scheduler,
      schedule: { frequency: { minutes: 15 }, timeout: { minutes: 10 } },
    });

    const tasks = await scheduler.getScheduledTasks();
    expect(tasks.map(t => t.id)).toContain(DashboardRefreshTask.id);
    expect(await dashboard.store.computedAt()).toBeUndefined();

    await dashboard.refreshSoon();
    expect(await dashboard.store.computedAt()).toBeInstanceOf(Date);
    const internal = await dashboard.store.listEntities({});
    expect(internal.length).toBeGreaterThan(0);
  });
});
