import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import request from 'supertest';
import { createRouter } from '../router';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import {
  componentRef,
  graphEdge,
  graphNode,
} from '../__testUtils__/graphFixtures';
import { GraphStore } from './GraphStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const ref = componentRef;

const node = (name: string) => graphNode(name);

const edge = (from: string, to: string) => graphEdge(from, to);

describe.each(databases.eachSupportedId())('cycles router (%s)', id => {
  async function setup(
    options: {
      permissions?: ReturnType<typeof mockServices.permissions>;
      httpAuth?: ReturnType<typeof mockServices.httpAuth>;
    } = {},
  ) {
    const { database } = await initDatabaseService(databases, id);
    const store = await GraphStore.create({ database });
    // Two cycles: a <-> b and c -> d -> e -> c; f hangs off without one.
    await store.syncCatalog(['a', 'b', 'c', 'd', 'e', 'f'].map(node), [
      edge('a', 'b'),
      edge('b', 'a'),
      edge('c', 'd'),
      edge('d', 'e'),
      edge('e', 'c'),
      edge('e', 'f'),
    ]);
    const app = express()
      .use(
        await createRouter({
          httpAuth: options.httpAuth ?? mockServices.httpAuth(),
          permissions: options.permissions ?? mockServices.permissions(),
          readiness: {} as any,
          graphStore: store,
        }),
      )
      .use(mockErrorHandler());
    const cycles = (await store.listCycles()) ?? [];
    const small = cycles.find(c => c.members.length === 2)!;
    const large = cycles.find(c => c.members.length === 3)!;
    return { app, store, small, large };
  }

  it('lists cycles and filters them by status', async () => {
    const { app, small, large } = await setup();
    expect(small.members.slice().sort()).toEqual([ref('a'), ref('b')]);
    expect(large.members.slice().sort()).toEqual([
      ref('c'),
      ref('d'),
      ref('e'),
    ]);

    const all = await request(app).get('/cycles');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.items.map((c: any) => c.id).sort()).toEqual(
      [small.id, large.id].sort(),
    );
    expect(
      all.body.items.every((c: any) => c.status === 'open' && c.detectedAt),
    ).toBe(true);

    await request(app).post(`/cycles/${small.id}/acknowledge`).send({});
    const open = await request(app).get('/cycles?status=open');
    expect(open.body.items.map((c: any) => c.id)).toEqual([large.id]);
    const acked = await request(app).get('/cycles?status=acknowledged');
    expect(acked.body.items.map((c: any) => c.id)).toEqual([small.id]);
    const resolved = await request(app).get('/cycles?status=resolved');
    expect(resolved.body.items).toEqual([]);

    const bad = await request(app).get('/cycles?status=closed');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Invalid query: status: /);
  });

  it('acknowledges an open cycle once, as the calling user', async () => {
    const { app, large } = await setup();
    const res = await request(app)
      .post(`/cycles/${large.id}/acknowledge`)
      .send({ note: 'moving d -> e to a queue' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: large.id,
      status: 'acknowledged',
      acknowledgedBy: mockCredentials.user().principal.userEntityRef,
      note: 'moving d -> e to a queue',
      acknowledgedAt: expect.any(String),
    });
    expect(res.body.acknowledgedBy).toBe('user:default/mock');
    expect(Date.parse(res.body.acknowledgedAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );

    const again = await request(app)
      .post(`/cycles/${large.id}/acknowledge`)
      .send({});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      `Cycle alert ${large.id} is acknowledged; only open alerts can be acknowledged`,
    );
    // The first acknowledgement is kept.
    const [kept] = (await request(app).get('/cycles?status=acknowledged')).body
      .items;
    expect(kept.note).toBe('moving d -> e to a queue');
  });

  it('acknowledges as another user without a body', async () => {
    const { app, small } = await setup({
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.user('user:default/jane'),
      }),
    });
    const res = await request(app).post(`/cycles/${small.id}/acknowledge`);
    expect(res.status).toBe(200);
    expect(res.body.acknowledgedBy).toBe('user:default/jane');
    expect(res.body.note).toBeUndefined();
  });

  it('answers 404 for an unknown id and 400 for a non-uuid id or bad body', async () => {
    const { app, small } = await setup();
    const unknown = await request(app)
      .post('/cycles/5b2f9a0e-1c3d-4e5f-8a7b-9c0d1e2f3a4b/acknowledge')
      .send({});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      'No cycle alert 5b2f9a0e-1c3d-4e5f-8a7b-9c0d1e2f3a4b',
    );
    const bad = await request(app).post('/cycles/42/acknowledge').send({});
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid cycle id: id: must be a cycle alert id',
    );
    const extra = await request(app)
      .post(`/cycles/${small.id}/acknowledge`)
      .send({ note: 'x', by: 'someone' });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toMatch(/^Invalid body: /);
    // Nothing was acknowledged by the rejected calls.
    expect(
      (await request(app).get('/cycles?status=open')).body.items,
    ).toHaveLength(2);
  });

  it('refuses service principals and denied users', async () => {
    const asService = await setup({
      httpAuth: mockServices.httpAuth({
        defaultCredentials: mockCredentials.service(),
      }),
    });
    const svc = await request(asService.app)
      .post(`/cycles/${asService.small.id}/acknowledge`)
      .send({});
    expect(svc.status).toBe(403);
    // Services may still read.
    expect((await request(asService.app).get('/cycles')).status).toBe(200);

    const denied = await setup({
      permissions: mockServices.permissions({ result: AuthorizeResult.DENY }),
    });
    const res = await request(denied.app)
      .post(`/cycles/${denied.small.id}/acknowledge`)
      .send({});
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Missing permission slo.cycle.acknowledge',
    );
    expect(
      (await denied.store.listCycles('open')).map(c => c.id).sort(),
    ).toEqual([denied.small.id, denied.large.id].sort());
  });
});
