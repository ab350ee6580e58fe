import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { componentEntity } from '../__testUtils__/entities';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { CatalogSyncTask } from './CatalogSyncTask';
import { GraphStore } from './GraphStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('CatalogSyncTask (%s)', id => {
  it('stores components and resources, not groups or APIs, and writes nothing on a second run', async () => {
    const { database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    const catalog = catalogServiceMock({
      entities: [
        componentEntity('checkout', { system: 'shop' }),
        componentEntity('orders-db', { kind: 'Resource' }),
        componentEntity('checkout-api', { kind: 'API' }),
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: 'team-a' },
          spec: { type: 'team', children: [] },
        },
      ],
    });
    const task = CatalogSyncTask.create({
      catalog,
      auth: mockServices.auth(),
      store,
      logger: mockServices.logger.mock(),
    });

    expect(await task.run()).toMatchObject({
      inserted: 2,
      updated: 0,
      deleted: 0,
      unchanged: 0,
      changed: true,
    });
    expect(await store.getNode('component:default/checkout')).toMatchObject({
      owner: 'group:default/team-a',
      system: 'system:default/shop',
    });
    expect(await store.getNode('resource:default/orders-db')).toBeDefined();
    expect(await store.getNode('api:default/checkout-api')).toBeUndefined();

    expect(await task.run()).toMatchObject({
      inserted: 0,
      updated: 0,
      deleted: 0,
      unchanged: 2,
      changed: false,
    });
  });
});
