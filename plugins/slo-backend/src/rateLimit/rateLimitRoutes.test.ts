import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import { addRateLimits } from './rateLimitRoutes';
import { DEFAULT_RATE_LIMITS } from './readRateLimitConfig';

/** The limited routes behind the limiter, each answering 200. */
function app(enabled = true) {
  const router = Router();
  addRateLimits(router, {
    config: {
      enabled,
      windowMs: 60_000,
      limits: { ...DEFAULT_RATE_LIMITS, impactAnalysis: 2, regenerations: 1 },
    },
    // Without credentials the mock answers as nobody (like the real one).
    httpAuth: mockServices.httpAuth({
      defaultCredentials: mockCredentials.none(),
    }),
  });
  router.post('/slos/impact-analysis', (_req, res) => {
    res.json({ ok: true });
  });
  router.get(
    '/services/:kind/:namespace/:name/slo-recommendations',
    (_req, res) => {
      res.json({ ok: true });
    },
  );
  return express().use(router).use(mockErrorHandler());
}

const as = (user: string) =>
  mockCredentials.user.header(`user:default/${user}`);

describe('addRateLimits', () => {
  it('answers 429 with Retry-After once a caller has spent the limit', async () => {
    const server = app();
    const post = (user: string) =>
      request(server)
        .post('/slos/impact-analysis')
        .set('Authorization', as(user));
    const first = await post('alice');
    expect(first.status).toBe(200);
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '2',
      'x-ratelimit-remaining': '1',
      'x-ratelimit-reset': '30',
    });
    expect((await post('alice')).status).toBe(200);
    const refused = await post('alice');
    expect(refused.status).toBe(429);
    // 2 per minute: the next token comes in 30 s.
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body.error).toMatchObject({
      name: 'TooManyRequestsError',
      message:
        'Too many impact analyses from user:default/alice: the limit is 2 per minute (slo.rateLimits.impactAnalysis); retry in 30 s',
    });
    // Another user has a bucket of their own.
    expect((await post('bob')).status).toBe(200);
  });

  it('counts only forced regenerations of recommendations', async () => {
    const server = app();
    const get = (query: string) =>
      request(server)
        .get(`/services/component/default/checkout/slo-recommendations${query}`)
        .set('Authorization', as('alice'));
    for (let i = 0; i < 5; i++) {
      const cached = await get('');
      expect(cached.status).toBe(200);
      expect(cached.headers['x-ratelimit-limit']).toBeUndefined();
    }
    expect((await get('?force_regenerate=true')).status).toBe(200);
    expect((await get('?force_regenerate=true')).status).toBe(429);
    expect((await get('?force_regenerate=false')).status).toBe(200);
  });

  it('counts callers without credentials by address', async () => {
    const server = app();
    const post = () => request(server).post('/slos/impact-analysis');
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(
      /^Too many impact analyses from ip:/,
    );
  });

  it('limits nothing when disabled', async () => {
    const server = app(false);
    for (let i = 0; i < 4; i++) {
      const res = await request(server).post('/slos/impact-analysis');
      expect(res.status).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });
});
