import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { migrationsDir } from '../database/migrate';
import { DatabaseGraphNodeStore } from './DatabaseGraphNodeStore';
import { GraphNode } from './GraphNode';

jest.setTimeout(60_000);

const databases = createTestDatabases();

function node(name: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    namespace: 'default',
    name,
    owner: 'group:default/team-a',
    system: 'system:default/shop',
    type: 'service',
    lifecycle: 'production',
    source: 'catalog',
    ...extra,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseGraphNodeStore (%s)',
  id => {
    it('runs the migrations and creates graph_nodes', async () => {
      const { knex, database } = await initDatabaseService(databases, id);
      await DatabaseGraphNodeStore.create({ database });
      expect(await knex.schema.hasTable('graph_nodes')).toBe(true);
      const [done, pending] = await knex.migrate.list({
        directory: migrationsDir,
      });
      expect(pending).toEqual([]);
      expect(done.length).toBeGreaterThanOrEqual(1);
    });

    it('inserts, updates, deletes, and writes nothing when nothing changed', async () => {
      const { knex, database } = await initDatabaseService(databases, id);
      const store = await DatabaseGraphNodeStore.create({ database });

      expect(
        await store.replaceCatalogNodes([node('cart'), node('checkout')]),
      ).toEqual({ inserted: 2, updated: 0, deleted: 0, unchanged: 0 });
      expect(await store.countNodes()).toBe(2);

      const before = await knex('graph_nodes').orderBy('entity_ref');
      expect(
        await store.replaceCatalogNodes([node('cart'), node('checkout')]),
      ).toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: 2 });
      // Unchanged rows keep their timestamps: no write happened.
      expect(await knex('graph_nodes').orderBy('entity_ref')).toEqual(before);

      expect(
        await store.replaceCatalogNodes([
          node('checkout', { owner: 'group:default/team-b' }),
          node('payments'),
        ]),
      ).toEqual({ inserted: 1, updated: 1, deleted: 1, unchanged: 0 });
      expect(await store.getNode('component:default/cart')).toBeUndefined();
      expect(await store.getNode('component:default/checkout')).toEqual(
        node('checkout', { owner: 'group:default/team-b' }),
      );
    });

    it('round-trips optional fields as undefined, not null', async () => {
      const { database } = await initDatabaseService(databases, id);
      const store = await DatabaseGraphNodeStore.create({ database });
      const bare: GraphNode = {
        entityRef: 'resource:default/orders-db',
        kind: 'resource',
        namespace: 'default',
        name: 'orders-db',
        source: 'catalog',
      };
      await store.replaceCatalogNodes([bare]);
      expect(await store.getNode(bare.entityRef)).toEqual(bare);
    });

    it('handles more nodes than one insert statement carries', async () => {
      const { database } = await initDatabaseService(databases, id);
      const store = await DatabaseGraphNodeStore.create({ database });
      const many = Array.from({ length: 450 }, (_, i) => node(`svc-${i}`));
      expect((await store.replaceCatalogNodes(many)).inserted).toBe(450);
      expect(await store.countNodes()).toBe(450);
      expect((await store.replaceCatalogNodes([])).deleted).toBe(450);
    });
  },
);
