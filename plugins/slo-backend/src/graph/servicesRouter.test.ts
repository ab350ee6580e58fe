import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { createRouter } from '../router';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { graphEdge, graphNode } from '../__testUtils__/graphFixtures';
import { GraphNode } from './GraphNode';
import { GraphStore } from './GraphStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const node = (
  name: string,
  extra: Partial<GraphNode> = {},
  kind = 'component',
) =>
  graphNode(
    name,
    { owner: 'group:default/team-a', system: 'system:default/shop', ...extra },
    kind,
  );

const edge = graphEdge;

describe.each(databases.eachSupportedId())('services router (%s)', id => {
  async function setup() {
    const { database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    const app = express()
      .use(
        await createRouter({
          httpAuth: mockServices.httpAuth(),
          permissions: mockServices.permissions(),
          readiness: {} as any,
          graphStore: store,
        }),
      )
      .use(mockErrorHandler());
    return { app, store };
  }

  const refsOf = (body: { items?: { entityRef: string }[] }) =>
    body.items!.map(i => i.entityRef);

  describe('GET /services', () => {
    async function fiveNodes() {
      const ctx = await setup();
      await ctx.store.syncCatalog(
        [
          node('web', {
            owner: 'group:default/team-b',
            system: 'system:default/web',
          }),
          node('cart'),
          node('payments', { owner: 'group:default/team-b' }),
          node('checkout'),
          node('db', { owner: 'group:default/team-b' }, 'resource'),
        ],
        [],
      );
      return ctx;
    }

    it('pages with limit and nextCursor in entity ref order', async () => {
      const { app } = await fiveNodes();
      const first = await request(app).get('/services?limit=2');
      expect(first.status).toBe(200);
      expect(refsOf(first.body)).toEqual([
        'component:default/cart',
        'component:default/checkout',
      ]);
      expect(first.body.items[0]).toMatchObject({
        kind: 'component',
        name: 'cart',
        owner: 'group:default/team-a',
        discovered: false,
        issues: [],
      });
      expect(first.body.nextCursor).toEqual(expect.any(String));

      const second = await request(app)
        .get('/services')
        .query({ limit: 2, cursor: first.body.nextCursor });
      expect(refsOf(second.body)).toEqual([
        'component:default/payments',
        'component:default/web',
      ]);
      const third = await request(app)
        .get('/services')
        .query({ limit: 2, cursor: second.body.nextCursor });
      expect(third.body).toEqual({
        items: [expect.objectContaining({ entityRef: 'resource:default/db' })],
      });

      // Exactly one full page: no cursor to an empty page.
      const all = await request(app).get('/services?limit=5');
      expect(refsOf(all.body)).toHaveLength(5);
      expect(all.body.nextCursor).toBeUndefined();
    });

    it('filters by owner, system and kind', async () => {
      const { app } = await fiveNodes();
      const byOwner = await request(app)
        .get('/services')
        .query({ owner: 'Group:default/Team-B' });
      expect(refsOf(byOwner.body)).toEqual([
        'component:default/payments',
        'component:default/web',
        'resource:default/db',
      ]);
      // A bare team name, via the `team` alias, means group:default/<team>.
      const byTeam = await request(app)
        .get('/services')
        .query({ team: 'team-b' });
      expect(refsOf(byTeam.body)).toEqual(refsOf(byOwner.body));
      const bySystem = await request(app)
        .get('/services')
        .query({ system: 'web' });
      expect(refsOf(bySystem.body)).toEqual(['component:default/web']);
      const byKind = await request(app).get('/services?kind=resource');
      expect(refsOf(byKind.body)).toEqual(['resource:default/db']);
      const combined = await request(app)
        .get('/services')
        .query({ owner: 'group:default/team-b', kind: 'component', limit: 1 });
      expect(refsOf(combined.body)).toEqual(['component:default/payments']);
      expect(combined.body.nextCursor).toBeDefined();
    });

    it.each([
      ['limit=0', /Invalid query: limit: /],
      ['limit=501', /Invalid query: limit: /],
      ['limit=ten', /Invalid query: limit: /],
      ['cursor=bm9wZQ', /Invalid cursor/],
      ['sort=name', /Unrecognized key\(s\) in object: 'sort'/],
    ])('answers 400 for %s', async (query, message) => {
      const { app } = await fiveNodes();
      const res = await request(app).get(`/services?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('GET /services/{kind}/{namespace}/{name}/dependencies', () => {
    // x -> a -> b -> c -> d, b -> ext (external), a -> old (stale runtime edge)
    async function chain() {
      const ctx = await setup();
      await ctx.store.syncCatalog(
        [
          ...['a', 'b', 'c', 'd', 'x'].map(n => node(n)),
          node('ext', { external: true, publishedSla: 0.999 }),
        ],
        [
          edge('x', 'a'),
          edge('a', 'b'),
          edge('b', 'c'),
          edge('c', 'd'),
          edge('b', 'ext'),
        ],
      );
      await ctx.store.recordEdges({
        edges: [
          edge('a', 'old', {
            source: 'otel_service_graph',
            lastObservedAt: new Date(Date.now() - 30 * 86_400_000),
          }),
        ],
        nodes: new Map([
          ['component:default/old', { source: 'otel_service_graph' }],
        ]),
        reason: 'test',
      });
      expect(await ctx.store.markStale(new Date(Date.now() - 86_400_000))).toBe(
        1,
      );
      return ctx;
    }

    const depths = (body: { nodes: { entityRef: string; depth: number }[] }) =>
      Object.fromEntries(
        body.nodes.map(n => [
          n.entityRef.replace('component:default/', ''),
          n.depth,
        ]),
      );
    const pairs = (body: { edges: { from: string; to: string }[] }) =>
      body.edges
        .map(
          e =>
            `${e.from.replace('component:default/', '')}>${e.to.replace(
              'component:default/',
              '',
            )}`,
        )
        .sort();

    it('walks downstream to the depth limit and reports truncation', async () => {
      const { app } = await chain();
      const res = await request(app).get(
        '/services/component/default/a/dependencies?direction=downstream&depth=2',
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        root: 'component:default/a',
        direction: 'downstream',
        depth: 2,
        truncated: true,
        snapshotId: expect.any(String),
      });
      expect(depths(res.body)).toEqual({ a: 0, b: 1, c: 2, ext: 2 });
      expect(pairs(res.body)).toEqual(['a>b', 'b>c', 'b>ext']);
      expect(res.body.nodes.find((n: any) => n.name === 'ext')).toMatchObject({
        external: true,
        publishedSla: 0.999,
      });

      const deep = await request(app).get(
        '/services/component/default/a/dependencies?direction=downstream&depth=3',
      );
      expect(deep.body.truncated).toBe(false);
      expect(depths(deep.body)).toEqual({ a: 0, b: 1, c: 2, d: 3, ext: 2 });
    });

    it('walks upstream and both ways', async () => {
      const { app } = await chain();
      const up = await request(app).get(
        '/services/component/default/a/dependencies?direction=upstream',
      );
      expect(depths(up.body)).toEqual({ a: 0, x: 1 });
      expect(pairs(up.body)).toEqual(['x>a']);
      expect(up.body.truncated).toBe(false);

      const upFromC = await request(app).get(
        '/services/component/default/c/dependencies?direction=upstream&depth=1',
      );
      expect(depths(upFromC.body)).toEqual({ c: 0, b: 1 });
      expect(upFromC.body.truncated).toBe(true);

      const both = await request(app).get(
        '/services/component/default/b/dependencies?depth=1',
      );
      expect(both.body.direction).toBe('both');
      expect(depths(both.body)).toEqual({ b: 0, a: 1, c: 1, ext: 1 });
      expect(pairs(both.body)).toEqual(['a>b', 'b>c', 'b>ext']);
      expect(both.body.truncated).toBe(true);
    });

    it('hides external nodes and stale edges unless asked', async () => {
      const { app } = await chain();
      const noExternal = await request(app).get(
        '/services/component/default/b/dependencies?direction=downstream&include_external=false',
      );
      expect(depths(noExternal.body)).toEqual({ b: 0, c: 1, d: 2 });
      expect(pairs(noExternal.body)).toEqual(['b>c', 'c>d']);

      const fresh = await request(app).get(
        '/services/component/default/a/dependencies?direction=downstream&depth=1',
      );
      expect(depths(fresh.body)).toEqual({ a: 0, b: 1 });
      const withStale = await request(app).get(
        '/services/component/default/a/dependencies?direction=downstream&depth=1&include_stale=true',
      );
      expect(depths(withStale.body)).toEqual({ a: 0, b: 1, old: 1 });
      expect(
        withStale.body.edges.find((e: any) => e.to === 'component:default/old'),
      ).toMatchObject({ stale: true, primarySource: 'otel_service_graph' });
    });

    it('answers 404 for unknown entities and 400 for bad queries', async () => {
      const { app } = await chain();
      const unknown = await request(app).get(
        '/services/component/default/nope/dependencies',
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toMatch(
        /^component:default\/nope is not known to the SLO engine/,
      );
      const tooDeep = await request(app).get(
        '/services/component/default/a/dependencies?depth=11',
      );
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.body.error.message).toMatch(/^Invalid query: depth: /);
      const badDirection = await request(app).get(
        '/services/component/default/a/dependencies?direction=sideways',
      );
      expect(badDirection.status).toBe(400);
      expect(badDirection.body.error.message).toMatch(/direction/);
      const badBool = await request(app).get(
        '/services/component/default/a/dependencies?include_stale=yes',
      );
      expect(badBool.status).toBe(400);
    });
  });
});
