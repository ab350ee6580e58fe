import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express from 'express';
import request from 'supertest';
import { GraphStore } from '../graph/GraphStore';
import { createRecommendationsRouter } from './recommendationsRouter';
import { RecommendationService } from './RecommendationService';

const path = '/services/component/default/checkout/slo-recommendations';

function setup(
  options: {
    deny?: boolean;
    known?: boolean;
    get?: jest.Mock;
    noService?: boolean;
  } = {},
) {
  const get =
    options.get ?? jest.fn().mockResolvedValue({ recommendation_id: 'r1' });
  const store = {
    getNode: jest
      .fn()
      .mockResolvedValue(options.known === false ? undefined : {}),
  } as unknown as GraphStore;
  const app = express()
    .use(
      createRecommendationsRouter({
        store,
        httpAuth: mockServices.httpAuth(),
        permissions: mockServices.permissions.mock({
          authorize: async () => [
            {
              result: options.deny
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
            },
          ],
        }),
        recommendations: options.noService
          ? undefined
          : ({ get } as unknown as RecommendationService),
      }),
    )
    .use(mockErrorHandler());
  return { app, get, store };
}

describe('recommendations router', () => {
  it('returns the recommendation with defaults applied (200)', async () => {
    const { app, get } = setup();
    const res = await request(app).get(path);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ recommendation_id: 'r1' });
    expect(get).toHaveBeenCalledWith('component:default/checkout', {
      sliType: 'all',
      lookbackDays: 30,
      forceRegenerate: false,
    });
  });

  it('passes the query parameters and lower-cases the entity ref', async () => {
    const { app, get } = setup();
    const res = await request(app)
      .get('/services/Component/Default/Checkout/slo-recommendations')
      .query({
        sli_type: 'latency',
        lookback_days: '90',
        force_regenerate: 'true',
      });
    expect(res.status).toBe(200);
    expect(get).toHaveBeenCalledWith('component:default/checkout', {
      sliType: 'latency',
      lookbackDays: 90,
      forceRegenerate: true,
    });
  });

  it.each([
    ['sli_type=errors', 'sli_type'],
    ['lookback_days=6', 'lookback_days'],
    ['lookback_days=366', 'lookback_days'],
    ['lookback_days=abc', 'lookback_days'],
    ['force_regenerate=yes', 'force_regenerate'],
    ['window=7', 'Unrecognized key'],
  ])('rejects %s (400)', async (query, field) => {
    const { app, get } = setup();
    const res = await request(app).get(`${path}?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'InputError' });
    expect(res.body.error.message).toContain(field);
    expect(get).not.toHaveBeenCalled();
  });

  it('returns 404 for an entity the engine does not know', async () => {
    const { app, get } = setup({ known: false });
    const res = await request(app).get(path);
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
    expect(get).not.toHaveBeenCalled();
  });

  it('returns 403 without slo.read', async () => {
    const { app } = setup({ deny: true });
    const res = await request(app).get(path);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('slo.read');
  });

  it('returns 401 without credentials', async () => {
    const { app } = setup();
    const res = await request(app)
      .get(path)
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('returns 503 when nothing can be generated or served', async () => {
    const get = jest
      .fn()
      .mockRejectedValue(new ServiceUnavailableError('aggregates down'));
    const res = await request(setup({ get }).app).get(path);
    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe('aggregates down');
    const unwired = await request(setup({ noService: true }).app).get(path);
    expect(unwired.status).toBe(503);
  });
});
