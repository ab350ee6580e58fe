import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import request from 'supertest';
import { createRouter } from '../router';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { graphNode } from '../__testUtils__/graphFixtures';
import { GraphStore } from './GraphStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const catalogNode = (name: string) =>
  graphNode(name, { owner: 'group:default/team-a' });

const fr1Body = {
  source: 'manual',
  timestamp: '2026-01-01T00:00:00Z',
  nodes: [
    { service_id: 'checkout', metadata: { team: 'shop' } },
    { service_id: 'payments' },
  ],
  edges: [
    {
      source: 'checkout',
      target: 'payments',
      attributes: {
        criticality: 'hard',
        communication_mode: 'sync',
        protocol: 'grpc',
        timeout_ms: 2000,
        retry_config: { max_retries: 2, backoff_strategy: 'exponential' },
      },
    },
    { source: 'checkout', target: 'resource:default/orders-db' },
  ],
};

describe.each(databases.eachSupportedId())('ingestion router (%s)', id => {
  async function setup(
    permissions = mockServices.permissions({ result: AuthorizeResult.ALLOW }),
  ) {
    const { database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    const app = express()
      .use(
        await createRouter({
          httpAuth: mockServices.httpAuth(),
          permissions,
          readiness: {} as any,
          graphStore: store,
        }),
      )
      .use(mockErrorHandler());
    return { app, store };
  }

  const refs = async (app: express.Express) =>
    (await request(app).get('/services')).body.items.map(
      (i: { entityRef: string }) => i.entityRef,
    );

  it('accepts an FR-1 body, maps plain names and records the ingestion', async () => {
    const { app, store } = await setup();
    const res = await request(app).post('/services/dependencies').send(fr1Body);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      ingestionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      source: 'manual',
      status: 'completed',
      nodesReceived: 2,
      edgesReceived: 2,
      // checkout, payments, orders-db: none is in the catalog.
      nodesCreated: 3,
      edgesUpserted: 2,
      conflicts: [],
      warnings: [
        '3 services are not in the catalog and were added as discovered placeholders',
      ],
      createdBy: 'user:default/mock',
      snapshotId: expect.any(String),
    });

    expect(await refs(app)).toEqual([
      'component:default/checkout',
      'component:default/payments',
      'resource:default/orders-db',
    ]);
    expect(await store.getNode('component:default/payments')).toMatchObject({
      discovered: true,
      source: 'manual',
    });
    const model = await store.model();
    expect(
      model.edges.find(e => e.to === 'component:default/payments'),
    ).toMatchObject({
      from: 'component:default/checkout',
      primarySource: 'manual',
      criticality: 'hard',
      protocol: 'grpc',
      timeoutMs: 2000,
      confidence: 1,
      lastObservedAt: '2026-01-01T00:00:00.000Z',
    });

    const got = await request(app).get(`/ingestions/${res.body.ingestionId}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
  });

  it.each([
    [{ ...fr1Body, source: 'catalog' }, /source: Invalid enum value/],
    [
      {
        source: 'manual',
        edges: [
          { source: 'a', target: 'b', attributes: { criticality: 'fatal' } },
        ],
      },
      /edges\.0\.attributes\.criticality: Invalid enum value/,
    ],
    [
      { ...fr1Body, extra: 1 },
      /\(body\): Unrecognized key\(s\) in object: 'extra'/,
    ],
    [
      { source: 'manual', nodes: [{ service_id: 'a', owner: 'x' }] },
      /nodes\.0: Unrecognized key\(s\) in object: 'owner'/,
    ],
  ])(
    'rejects schema violations with field paths (%#)',
    async (body, message) => {
      const { app } = await setup();
      const res = await request(app).post('/services/dependencies').send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toMatch(message);
      expect(await refs(app)).toEqual([]);
    },
  );

  it('rejects self-loops and duplicate edges and leaves the graph unchanged', async () => {
    const { app, store } = await setup();
    await store.syncCatalog([catalogNode('web')], []);
    const before = await store.model();

    const selfLoop = await request(app)
      .post('/services/dependencies')
      .send({
        source: 'manual',
        edges: [
          { source: 'a', target: 'b' },
          { source: 'checkout', target: 'component:default/checkout' },
        ],
      });
    expect(selfLoop.status).toBe(400);
    expect(selfLoop.body.error.message).toBe(
      'edges[1]: component:default/checkout depends on itself',
    );

    const duplicate = await request(app)
      .post('/services/dependencies')
      .send({
        source: 'manual',
        edges: [
          { source: 'checkout', target: 'payments' },
          { source: 'component:default/checkout', target: 'Payments' },
        ],
      });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toBe(
      'edges[1]: duplicate edge component:default/checkout -> component:default/payments in one request',
    );

    expect(await refs(app)).toEqual(['component:default/web']);
    const after = await store.model();
    expect(after.snapshotId).toBe(before.snapshotId);
    expect(after.edges).toEqual([]);
  });

  it('rejects a timestamp in the future without writing', async () => {
    const { app } = await setup();
    const res = await request(app)
      .post('/services/dependencies')
      .send({
        source: 'manual',
        timestamp: new Date(Date.now() + 3_600_000).toISOString(),
        edges: [{ source: 'a', target: 'b' }],
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/is in the future/);
    expect(await refs(app)).toEqual([]);
  });

  it('rejects bodies over 10 MB with 413 and a clear message', async () => {
    const { app } = await setup();
    const padding = 'x'.repeat(10 * 1024 * 1024);
    const res = await request(app)
      .post('/services/dependencies')
      .set('Content-Type', 'application/json')
      .send(`{"source":"manual","nodes":[],"pad":"${padding}"}`);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/exceeds the 10 MB limit/);
    expect(await refs(app)).toEqual([]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { app } = await setup();
    const res = await request(app)
      .post('/services/dependencies')
      .set('Content-Type', 'application/json')
      .send('{"source": ');
    expect(res.status).toBe(400);
  });

  it('answers 403 naming slo.graph.ingest when the policy denies', async () => {
    const { app } = await setup(
      mockServices.permissions({ result: AuthorizeResult.DENY }),
    );
    const res = await request(app).post('/services/dependencies').send(fr1Body);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Missing permission slo.graph.ingest');
  });

  it('answers 404 for an unknown ingestion and 400 for a non-uuid id', async () => {
    const { app } = await setup();
    const unknown = await request(app).get(
      '/ingestions/5b2f9a0e-1c3d-4e5f-8a7b-9c0d1e2f3a4b',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      'No ingestion 5b2f9a0e-1c3d-4e5f-8a7b-9c0d1e2f3a4b',
    );
    const bad = await request(app).get('/ingestions/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid ingestion id: id: must be an ingestion id',
    );
  });

  it('reports a conflict when a manual edge contradicts the catalog', async () => {
    const { app, store } = await setup();
    await store.syncCatalog(
      [catalogNode('checkout'), catalogNode('payments')],
      [
        {
          from: 'component:default/checkout',
          to: 'component:default/payments',
          source: 'catalog',
          criticality: 'soft',
          communicationMode: 'sync',
          confidence: 1,
          lastObservedAt: new Date(),
          stale: false,
        },
      ],
    );
    const res = await request(app)
      .post('/services/dependencies')
      .send({
        source: 'manual',
        edges: [
          {
            source: 'checkout',
            target: 'payments',
            attributes: { criticality: 'hard' },
          },
        ],
      });
    expect(res.status).toBe(202);
    expect(res.body.nodesCreated).toBe(0);
    expect(res.body.warnings).toEqual([]);
    expect(res.body.conflicts).toEqual([
      {
        from: 'component:default/checkout',
        to: 'component:default/payments',
        attribute: 'criticality',
        kept: { source: 'manual', value: 'hard' },
        overridden: { source: 'catalog', value: 'soft' },
      },
    ]);
    const got = await request(app).get(`/ingestions/${res.body.ingestionId}`);
    expect(got.body.conflicts).toEqual(res.body.conflicts);
    const [edge] = (await store.model()).edges;
    expect(edge).toMatchObject({
      primarySource: 'manual',
      criticality: 'hard',
    });
  });
});
