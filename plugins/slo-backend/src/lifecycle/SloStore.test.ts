import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  ALICE,
  BOB,
  ENTITY,
  NOW,
  seedRecommendation,
  setupStore,
} from './__testUtils__/lifecycleFixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('SloStore (%s)', dbId => {
  it('accepts: activates the tier, closes the recommendation, logs it', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    const rec = await seedRecommendation(knex);
    const { audit, activeSlo } = await store.decide({
      entityRef: ENTITY,
      actor: ALICE,
      decision: {
        action: 'accept',
        recommendation_id: rec,
        selected_tier: 'balanced',
      },
    });
    expect(activeSlo).toMatchObject({
      entityRef: ENTITY,
      status: 'active',
      targets: { availability: 99.9, latency_p99_ms: 600 },
      windowDays: 30,
      source: 'recommendation_accepted',
      recommendationId: rec,
      selectedTier: 'balanced',
      activatedAt: NOW,
      activatedBy: ALICE,
    });
    expect(await store.activeSlo(ENTITY)).toEqual(activeSlo);
    expect(audit).toMatchObject({
      action: 'accept',
      actor: ALICE,
      recommendationId: rec,
      sloId: activeSlo!.id,
      previousSlo: undefined,
      newSlo: { slo_id: activeSlo!.id, targets: { availability: 99.9 } },
    });
    const row = await knex('recommendations').where({ id: rec }).first();
    expect(row.status).toBe('accepted');
  });

  it('modifies: keeps the previous SLO as history and logs both snapshots', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    const first = await seedRecommendation(knex);
    const second = await seedRecommendation(knex, { lookbackDays: 90 });
    const accepted = await store.decide({
      entityRef: ENTITY,
      actor: ALICE,
      decision: {
        action: 'accept',
        recommendation_id: first,
        selected_tier: 'balanced',
      },
    });
    const modified = await store.decide({
      entityRef: ENTITY,
      actor: BOB,
      decision: {
        action: 'modify',
        recommendation_id: second,
        selected_tier: 'balanced',
        modifications: { availability_target: 99.95, window_days: 28 },
        rationale: 'payment fallback provider lands next sprint',
      },
    });
    expect(modified.activeSlo).toMatchObject({
      targets: { availability: 99.95, latency_p99_ms: 600 },
      windowDays: 28,
      source: 'recommendation_modified',
      rationale: 'payment fallback provider lands next sprint',
      modificationDelta: {
        availability: { recommended: 99.9, target: 99.95, delta: 0.05 },
        window_days: { recommended: 30, target: 28, delta: -2 },
      },
    });
    const slos = await knex('slos').where({ entity_ref: ENTITY });
    expect(slos.map(s => s.status).sort()).toEqual(['active', 'superseded']);
    expect(modified.audit).toMatchObject({
      action: 'modify',
      actor: BOB,
      previousSlo: {
        slo_id: accepted.activeSlo!.id,
        status: 'active',
        targets: { availability: 99.9 },
      },
      newSlo: { slo_id: modified.activeSlo!.id, window_days: 28 },
      modificationDelta: { availability: { delta: 0.05 } },
    });
    expect((await store.listActive()).map(s => s.id)).toEqual([
      modified.activeSlo!.id,
    ]);
  });

  it('rejects: records the rationale and leaves the active SLO alone', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    const rec = await seedRecommendation(knex);
    const { audit, activeSlo } = await store.decide({
      entityRef: ENTITY,
      actor: ALICE,
      decision: {
        action: 'reject',
        recommendation_id: rec,
        rationale: 'target too aggressive for upcoming holiday traffic',
      },
    });
    expect(activeSlo).toBeUndefined();
    expect(audit).toMatchObject({
      action: 'reject',
      rationale: 'target too aggressive for upcoming holiday traffic',
    });
    expect(await store.activeSlo(ENTITY)).toBeUndefined();
    const row = await knex('recommendations').where({ id: rec }).first();
    expect(row.status).toBe('rejected');
    expect((await store.history(ENTITY)).items).toHaveLength(1);
  });

  describe('refusals', () => {
    const accept = (recommendation_id: string, entityRef = ENTITY) => ({
      entityRef,
      actor: ALICE,
      decision: {
        action: 'accept' as const,
        recommendation_id,
        selected_tier: 'balanced' as const,
      },
    });

    it.each([
      [
        'unknown',
        async () => '00000000-0000-4000-8000-0000000000ff',
        NotFoundError,
        /does not exist for component:default\/checkout; get one with GET \/services\/component\/default\/checkout\/slo-recommendations/,
      ],
      ['not a uuid', async () => 'r1', NotFoundError, /does not exist/],
      [
        'of another entity',
        (k: Knex) =>
          seedRecommendation(k, { entityRef: 'component:default/cart' }),
        NotFoundError,
        /does not exist for component:default\/checkout/,
      ],
      [
        'expired',
        (k: Knex) =>
          seedRecommendation(k, { expiresAt: new Date(NOW.getTime() - 1000) }),
        ConflictError,
        /expired at 2026-03-01T11:59:59.000Z; fetch a fresh one with GET \/services\/component\/default\/checkout\/slo-recommendations\?force_regenerate=true and decide on it/,
      ],
      [
        'superseded',
        (k: Knex) => seedRecommendation(k, { status: 'superseded' }),
        ConflictError,
        /was superseded .*force_regenerate=true/,
      ],
      [
        'already rejected',
        (k: Knex) => seedRecommendation(k, { status: 'rejected' }),
        ConflictError,
        /was already rejected; see GET .*slo-history/,
      ],
    ] as const)('%s recommendation', async (_name, seed, type, message) => {
      const { knex, store } = await setupStore(databases, dbId);
      const rec = await seed(knex);
      const error = await store.decide(accept(rec)).catch(e => e);
      expect(error).toBeInstanceOf(type);
      expect(error.message).toMatch(message);
      expect(await knex('slos')).toEqual([]);
      expect(await knex('slo_audit_log')).toEqual([]);
    });

    it('a stale recommendation may still be decided on', async () => {
      const { knex, store } = await setupStore(databases, dbId);
      const rec = await seedRecommendation(knex, { status: 'stale' });
      await expect(store.decide(accept(rec))).resolves.toBeDefined();
    });

    it('the same recommendation twice', async () => {
      const { knex, store } = await setupStore(databases, dbId);
      const rec = await seedRecommendation(knex);
      await store.decide(accept(rec));
      await expect(store.decide(accept(rec))).rejects.toThrow(
        /was already accepted/,
      );
    });
  });

  it('pages the history newest first with an opaque cursor', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    for (let i = 0; i < 3; i++) {
      const rec = await seedRecommendation(knex, { lookbackDays: 30 + i });
      await store.decide({
        entityRef: ENTITY,
        actor: ALICE,
        decision: {
          action: 'accept',
          recommendation_id: rec,
          selected_tier: 'balanced',
        },
      });
    }
    await store.appendAudit({
      entityRef: ENTITY,
      action: 'drift_triggered',
      actor: 'system:slo-drift',
      rationale: 'error rate doubled',
    });
    const first = await store.history(ENTITY, { limit: 3 });
    expect(first.items.map(e => e.action)).toEqual([
      'drift_triggered',
      'accept',
      'accept',
    ]);
    expect(first.items[0].newSlo?.slo_id).toBe(
      (await store.activeSlo(ENTITY))?.id,
    );
    const second = await store.history(ENTITY, {
      limit: 3,
      cursor: first.nextCursor,
    });
    expect(second.items.map(e => e.action)).toEqual(['accept']);
    expect(second.items[0].previousSlo).toBeUndefined();
    expect(second.nextCursor).toBeUndefined();
    expect((await store.history('component:default/cart')).items).toEqual([]);
    await expect(store.history(ENTITY, { cursor: 'bogus' })).rejects.toThrow(
      /Invalid cursor/,
    );
  });

  it('lists active SLOs, filtered by entity', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    for (const entityRef of [ENTITY, 'component:default/cart']) {
      const rec = await seedRecommendation(knex, { entityRef });
      await store.decide({
        entityRef,
        actor: ALICE,
        decision: {
          action: 'accept',
          recommendation_id: rec,
          selected_tier: 'aggressive',
        },
      });
    }
    expect((await store.listActive()).map(s => s.entityRef)).toEqual([
      'component:default/cart',
      ENTITY,
    ]);
    const only = await store.listActive({ entityRefs: [ENTITY] });
    expect(only).toHaveLength(1);
    expect(only[0].targets).toEqual({
      availability: 99.95,
      latency_p99_ms: 450,
    });
  });
});
