import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import request from 'supertest';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { createAutoApprovalRouter } from './autoApprovalRouter';
import { AutoApprovalRuleStore } from './AutoApprovalRuleStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const body = {
  name: 'low-risk',
  conditions: { tier: 'balanced', criticality: ['low'] },
};

async function setup(options: { deny?: string[] } = {}) {
  const { database } = await initDatabaseService(databases, 'SQLITE_3');
  const rules = await AutoApprovalRuleStore.create({ database });
  const app = express()
    .use(express.json())
    .use(
      createAutoApprovalRouter({
        rules,
        httpAuth: mockServices.httpAuth({
          defaultCredentials: mockCredentials.user('user:default/ada'),
        }),
        permissions: mockServices.permissions.mock({
          authorize: async requests =>
            requests.map(r => ({
              result: options.deny?.includes(r.permission.name)
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
            })),
        }),
      }),
    )
    .use(mockErrorHandler());
  return { app, rules };
}

describe('auto-approval rules router', () => {
  it('creates a disabled rule by default, with the caller as author', async () => {
    const { app } = await setup();
    const created = await request(app).post('/auto-approval-rules').send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'low-risk',
      enabled: false,
      created_by: 'user:default/ada',
    });
    const list = await request(app).get('/auto-approval-rules');
    expect(list.body.items).toHaveLength(1);

    const put = await request(app)
      .put(`/auto-approval-rules/${created.body.id}`)
      .send({ ...body, enabled: true });
    expect(put.status).toBe(200);
    expect(put.body.enabled).toBe(true);

    const del = await request(app).delete(
      `/auto-approval-rules/${created.body.id}`,
    );
    expect(del.status).toBe(204);
    expect(
      (await request(app).get(`/auto-approval-rules/${created.body.id}`))
        .status,
    ).toBe(404);
  });

  it('refuses an invalid rule with 400 and stores nothing', async () => {
    const { app, rules } = await setup();
    const res = await request(app)
      .post('/auto-approval-rules')
      .send({ name: 'all', conditions: { tier: 'balanced' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      'Invalid rule: conditions: give at least one condition besides tier',
    );
    expect(await rules.list()).toEqual([]);
  });

  it('answers 409 for a taken name and 400 for a malformed id', async () => {
    const { app } = await setup();
    await request(app).post('/auto-approval-rules').send(body);
    expect(
      (await request(app).post('/auto-approval-rules').send(body)).status,
    ).toBe(409);
    expect((await request(app).get('/auto-approval-rules/abc')).status).toBe(
      400,
    );
  });

  it('lets readers list but not manage (403 naming the permission)', async () => {
    const { app } = await setup({ deny: ['slo.autoApproval.manage'] });
    expect((await request(app).get('/auto-approval-rules')).status).toBe(200);
    const res = await request(app).post('/auto-approval-rules').send(body);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('slo.autoApproval.manage');
  });
});
