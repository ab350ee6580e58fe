import { mockErrorHandler } from '@backstage/backend-test-utils';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { createSlosRouter } from './slosRouter';
import { SloStore } from './SloStore';
import { AuditEvent, StoredSlo } from './types';

const base = '/services/component/default/checkout';
const ENTITY = 'component:default/checkout';
const ALICE = 'user:default/alice';
const rec = '00000000-0000-4000-8000-000000000001';
const at = new Date('2026-03-01T12:00:00.000Z');

const slo: StoredSlo = {
  id: '00000000-0000-4000-8000-0000000000aa',
  entityRef: ENTITY,
  status: 'active',
  targets: { availability: 99.95, latency_p99_ms: 600 },
  windowDays: 30,
  source: 'recommendation_modified',
  recommendationId: rec,
  selectedTier: 'balanced',
  modificationDelta: {
    availability: {
      recommended: 99.9,
      target: 99.95,
      delta: 0.05,
      unit: 'percentage_points',
      summary: '+0.05 pp from recommended 99.9',
    },
  },
  rationale: 'fallback provider',
  activatedAt: at,
  activatedBy: ALICE,
};

const audit = (action: AuditEvent['action']): AuditEvent => ({
  id: '00000000-0000-4000-8000-0000000000ee',
  entityRef: ENTITY,
  action,
  actor: ALICE,
  recommendationId: rec,
  rationale: 'fallback provider',
  occurredAt: at,
});

function setup(options: { denyDecision?: boolean; denyRead?: boolean } = {}) {
  const store = {
    decide: jest.fn(),
    activeSlo: jest.fn(),
    history: jest.fn(),
  };
  const authorizeDecision = jest.fn(async () => {
    if (options.denyDecision) {
      throw new NotAllowedError('Missing permission slo.decide');
    }
    return { userEntityRef: ALICE };
  });
  const authorizeRead = jest.fn(async () => {
    if (options.denyRead) {
      throw new NotAllowedError('Missing permission slo.read');
    }
  });
  const app = express()
    .use(
      createSlosRouter({
        store: store as unknown as SloStore,
        authorizeDecision,
        authorizeRead,
      }),
    )
    .use(mockErrorHandler());
  return { app, store, authorizeDecision };
}

const modifyBody = {
  action: 'modify',
  recommendation_id: rec,
  selected_tier: 'balanced',
  modifications: { availability_target: 99.95 },
  rationale: 'fallback provider',
};

describe('slos router', () => {
  it('POST modify: 201 with the FR-5 body; the actor is the signed-in user', async () => {
    const { app, store, authorizeDecision } = setup();
    store.decide.mockResolvedValue({ audit: audit('modify'), activeSlo: slo });
    const res = await request(app)
      .post('/services/Component/default/checkout/slos')
      .send(modifyBody);
    expect(res.status).toBe(201);
    expect(authorizeDecision).toHaveBeenCalledWith(expect.anything(), ENTITY);
    expect(store.decide).toHaveBeenCalledWith({
      entityRef: ENTITY,
      actor: ALICE,
      decision: modifyBody,
    });
    expect(res.body).toEqual({
      action: 'modify',
      audit_event_id: '00000000-0000-4000-8000-0000000000ee',
      slo_id: slo.id,
      service_id: ENTITY,
      status: 'active',
      targets: { availability: 99.95, latency_p99_ms: 600 },
      window_days: 30,
      source: 'recommendation_modified',
      recommendation_id: rec,
      selected_tier: 'balanced',
      modification_delta: {
        availability: expect.objectContaining({
          summary: '+0.05 pp from recommended 99.9',
        }),
      },
      rationale: 'fallback provider',
      activated_at: '2026-03-01T12:00:00.000Z',
      activated_by: ALICE,
      superseded_at: null,
    });
  });

  it('POST reject: 200 with the decision and the unchanged active SLO', async () => {
    const { app, store } = setup();
    store.decide.mockResolvedValue({ audit: audit('reject') });
    const res = await request(app)
      .post(`${base}/slos`)
      .send({ action: 'reject', recommendation_id: rec, rationale: 'no' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      action: 'reject',
      recommendation_id: rec,
      recommendation_status: 'rejected',
      decided_by: ALICE,
      active_slo: null,
    });
  });

  it.each<[string, object, string]>([
    [
      'an actor in the body',
      { ...modifyBody, actor: 'user:default/mallory' },
      'actor: remove it',
    ],
    [
      'modify without rationale',
      { ...modifyBody, rationale: undefined },
      'rationale: Required',
    ],
    [
      'an unknown action',
      { ...modifyBody, action: 'approve' },
      'action: must be accept, modify or reject',
    ],
    ['no body', {}, 'action'],
  ])('POST with %s: 400', async (_name, body, message) => {
    const { app, store } = setup();
    const res = await request(app).post(`${base}/slos`).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain(message);
    expect(store.decide).not.toHaveBeenCalled();
  });

  it('POST on a bad entity path: 400', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/services/component/default/-x/slos')
      .send(modifyBody);
    expect(res.status).toBe(400);
  });

  it('POST without permission: 403 before anything is read', async () => {
    const { app, store } = setup({ denyDecision: true });
    const res = await request(app).post(`${base}/slos`).send(modifyBody);
    expect(res.status).toBe(403);
    expect(store.decide).not.toHaveBeenCalled();
  });

  it('POST losing a race: 409 with the store message', async () => {
    const { app, store } = setup();
    store.decide.mockRejectedValue(new ConflictError('changed a moment ago'));
    const res = await request(app).post(`${base}/slos`).send(modifyBody);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      name: 'ConflictError',
      message: 'changed a moment ago',
    });
  });

  it('GET slos: the active SLO, or 404 saying how to get one', async () => {
    const { app, store } = setup();
    store.activeSlo.mockResolvedValueOnce(slo).mockResolvedValueOnce(undefined);
    const found = await request(app).get(`${base}/slos`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ slo_id: slo.id, status: 'active' });
    const missing = await request(app).get(`${base}/slos`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      'component:default/checkout has no active SLO; accept or modify a recommendation from ' +
        'GET /services/component/default/checkout/slo-recommendations with ' +
        'POST /services/component/default/checkout/slos, and see earlier decisions with ' +
        'GET /services/component/default/checkout/slo-history',
    );
  });

  it('GET slo-history: passes cursor and limit, returns items and next_cursor', async () => {
    const { app, store } = setup();
    store.history.mockResolvedValue({
      items: [audit('accept')],
      nextCursor: 'abc',
    });
    const res = await request(app)
      .get(`${base}/slo-history`)
      .query({ cursor: 'xyz', limit: '10' });
    expect(res.status).toBe(200);
    expect(store.history).toHaveBeenCalledWith(ENTITY, {
      cursor: 'xyz',
      limit: 10,
    });
    expect(res.body).toEqual({
      items: [
        {
          id: '00000000-0000-4000-8000-0000000000ee',
          service_id: ENTITY,
          action: 'accept',
          actor: ALICE,
          recommendation_id: rec,
          slo_id: null,
          previous_slo: null,
          new_slo: null,
          selected_tier: null,
          rationale: 'fallback provider',
          modification_delta: null,
          timestamp: '2026-03-01T12:00:00.000Z',
        },
      ],
      next_cursor: 'abc',
    });
  });

  it.each(['limit=0', 'limit=201', 'limit=x', 'page=2'])(
    'GET slo-history?%s: 400',
    async query => {
      const { app, store } = setup();
      const res = await request(app).get(`${base}/slo-history?${query}`);
      expect(res.status).toBe(400);
      expect(store.history).not.toHaveBeenCalled();
    },
  );

  it('GET without read permission: 403', async () => {
    const { app, store } = setup({ denyRead: true });
    expect((await request(app).get(`${base}/slos`)).status).toBe(403);
    expect((await request(app).get(`${base}/slo-history`)).status).toBe(403);
    expect(store.activeSlo).not.toHaveBeenCalled();
  });
});
