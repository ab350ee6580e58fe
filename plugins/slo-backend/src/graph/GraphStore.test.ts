import { migrationsDir } from '../database/migrate';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { graphEdge, graphNode } from '../__testUtils__/graphFixtures';
import { GraphNode } from './GraphNode';
import { GraphStore } from './GraphStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const node = (name: string, extra: Partial<GraphNode> = {}) =>
  graphNode(name, {
    owner: 'group:default/team-a',
    system: 'system:default/shop',
    type: 'service',
    lifecycle: 'production',
    ...extra,
  });

const edge = graphEdge;

describe.each(databases.eachSupportedId())('GraphStore (%s)', id => {
  it('runs the migrations', async () => {
    const { knex, database } = await initDatabaseService(databases, id);
    await GraphStore.create({ database });
    for (const table of [
      'graph_nodes',
      'graph_edges',
      'graph_snapshots',
      'graph_ingestions',
      'cycle_alerts',
    ]) {
      expect(await knex.schema.hasTable(table)).toBe(true);
    }
    const [, pending] = await knex.migrate.list({ directory: migrationsDir });
    expect(pending).toEqual([]);
  });

  it('syncs the catalog and writes nothing when nothing changed', async () => {
    const { knex, database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    const nodes = [node('cart'), node('checkout')];
    const edges = [edge('checkout', 'cart')];

    const first = await store.syncCatalog(nodes, edges);
    expect(first).toMatchObject({ inserted: 2, changed: true });
    const snapshot = first.snapshotId;

    const before = {
      nodes: await knex('graph_nodes').orderBy('entity_ref'),
      edges: await knex('graph_edges').orderBy('id'),
      snapshots: await knex('graph_snapshots'),
    };
    const again = await store.syncCatalog(nodes, edges);
    expect(again).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 2,
      changed: false,
    });
    expect(await knex('graph_nodes').orderBy('entity_ref')).toEqual(
      before.nodes,
    );
    expect(await knex('graph_edges').orderBy('id')).toEqual(before.edges);
    expect(await knex('graph_snapshots')).toEqual(before.snapshots);

    const third = await store.syncCatalog(
      [node('checkout', { owner: 'group:default/team-b' }), node('payments')],
      [edge('checkout', 'payments', { criticality: 'soft' })],
    );
    expect(third).toMatchObject({
      inserted: 1,
      updated: 1,
      deleted: 1,
      changed: true,
    });
    expect(third.snapshotId).not.toBe(snapshot);
    expect(await store.getNode('component:default/cart')).toBeUndefined();
    const model = await store.model();
    expect(model.snapshotId).toBe(third.snapshotId);
    expect(model.edges).toEqual([
      expect.objectContaining({
        from: 'component:default/checkout',
        to: 'component:default/payments',
        criticality: 'soft',
        primarySource: 'catalog',
      }),
    ]);
  });

  it('opens, keeps and resolves cycle alerts', async () => {
    const { database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    const nodes = ['a', 'b', 'c'].map(n => node(n));
    await store.syncCatalog(nodes, [
      edge('a', 'b'),
      edge('b', 'c'),
      edge('c', 'a'),
    ]);
    const [alert] = await store.listCycles();
    expect(alert).toMatchObject({
      status: 'open',
      members: expect.arrayContaining([
        'component:default/a',
        'component:default/b',
        'component:default/c',
      ]),
    });
    expect(alert.path).toHaveLength(4);
    expect(alert.path[0]).toBe(alert.path[3]);

    const acked = await store.acknowledgeCycle(
      alert.id,
      'user:default/jane',
      'async soon',
    );
    expect(acked).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'user:default/jane',
    });
    await expect(
      store.acknowledgeCycle(alert.id, 'user:default/jane'),
    ).rejects.toThrow(/only open alerts/);
    // A change that keeps the cycle keeps its alert.
    await store.syncCatalog(
      [...nodes, node('d')],
      [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')],
    );
    expect(await store.listCycles()).toHaveLength(1);
    // Breaking the cycle resolves it.
    await store.syncCatalog(nodes, [edge('a', 'b'), edge('b', 'c')]);
    expect((await store.listCycles())[0]).toMatchObject({
      id: alert.id,
      status: 'resolved',
    });
  });

  it('keeps runtime edges per source, merges by priority and marks stale ones', async () => {
    const { database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    await store.syncCatalog(
      [node('web'), node('api')],
      [edge('web', 'api', { criticality: 'soft' })],
    );
    const old = new Date(Date.now() - 10 * 24 * 3600_000);
    const result = await store.recordEdges({
      edges: [
        edge('web', 'api', { source: 'otel_service_graph', confidence: 0.5 }),
        edge('api', 'ghost', {
          source: 'otel_service_graph',
          lastObservedAt: old,
        }),
      ],
      nodes: new Map([
        ['component:default/ghost', { source: 'otel_service_graph' }],
      ]),
      reason: 'test',
    });
    expect(result.nodesCreated).toBe(1);
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        attribute: 'criticality',
        kept: { source: 'catalog', value: 'soft' },
        overridden: { source: 'otel_service_graph', value: 'hard' },
      }),
    ]);
    expect(await store.getNode('component:default/ghost')).toMatchObject({
      discovered: true,
    });

    expect(
      await store.markStale(new Date(Date.now() - 7 * 24 * 3600_000)),
    ).toBe(1);
    const model = await store.model();
    const ghostEdge = model.edges.find(e => e.to === 'component:default/ghost');
    expect(ghostEdge).toMatchObject({ stale: true, divergence: undefined });
    const webApi = model.edges.find(e => e.to === 'component:default/api');
    expect(webApi?.observations.map(o => o.source).sort()).toEqual([
      'catalog',
      'otel_service_graph',
    ]);
  });

  it('handles more rows than one statement carries', async () => {
    const { database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    // More rows than one statement carries on either engine.
    const many = Array.from({ length: 2_100 }, (_, i) => node(`svc-${i}`));
    const chain = many.slice(1).map((n, i) => edge(`svc-${i}`, n.name));
    expect((await store.syncCatalog(many, chain)).inserted).toBe(2_100);
    expect((await store.model()).edges).toHaveLength(2_099);
    const runtime = chain.map(e => ({ ...e, source: 'kubernetes' as const }));
    await store.recordEdges({
      edges: runtime,
      nodes: new Map(),
      reason: 'test',
    });
    expect(await store.listNodes({ limit: 5000 })).toHaveLength(2_100);
    expect((await store.syncCatalog([], [])).deleted).toBe(0); // still referenced
  });
});
