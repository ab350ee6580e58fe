import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  ALICE,
  ENTITY,
  isPostgres,
  refusal,
  seedRecommendation,
  setupStore,
} from './__testUtils__/lifecycleFixtures';

jest.setTimeout(60_000);

const databases = createTestDatabases();

/** A test-only trigger that fails every audit insert, in the engine's SQL. */
async function failAuditInserts(knex: Knex) {
  if (isPostgres(knex)) {
    await knex.raw(`
      CREATE FUNCTION fail_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit insert failed on purpose'; END $$`);
    await knex.raw(`
      CREATE TRIGGER fail_audit_insert BEFORE INSERT ON slo_audit_log
      FOR EACH ROW EXECUTE FUNCTION fail_audit_insert()`);
  } else {
    await knex.raw(`
      CREATE TRIGGER fail_audit_insert BEFORE INSERT ON slo_audit_log
      BEGIN SELECT RAISE(ABORT, 'audit insert failed on purpose'); END`);
  }
}

describe.each(databases.eachSupportedId())('SLO audit integrity (%s)', dbId => {
  async function withOneAcceptedDecision() {
    const { knex, store } = await setupStore(databases, dbId);
    const rec = await seedRecommendation(knex);
    await store.decide({
      entityRef: ENTITY,
      actor: ALICE,
      decision: {
        action: 'accept',
        recommendation_id: rec,
        selected_tier: 'balanced',
      },
    });
    return { knex, store };
  }

  it('the database refuses UPDATE of an audit row', async () => {
    const { knex } = await withOneAcceptedDecision();
    expect(
      await refusal(
        knex('slo_audit_log').update({ actor: 'user:default/mallory' }),
      ),
    ).toMatch(/slo_audit_log is append-only: UPDATE is not allowed/);
    expect((await knex('slo_audit_log').first()).actor).toBe(ALICE);
  });

  it('the database refuses DELETE of an audit row', async () => {
    const { knex } = await withOneAcceptedDecision();
    expect(await refusal(knex('slo_audit_log').delete())).toMatch(
      /slo_audit_log is append-only: DELETE is not allowed/,
    );
    expect(
      await refusal(knex('slo_audit_log').where({ action: 'accept' }).delete()),
    ).toMatch(/append-only/);
    expect(await knex('slo_audit_log')).toHaveLength(1);
  });

  it('the database refuses TRUNCATE of the audit log', async () => {
    const { knex } = await withOneAcceptedDecision();
    // PostgreSQL has a statement trigger for it; knex runs it as a DELETE
    // on SQLite, which the row trigger refuses.
    expect(await refusal(knex('slo_audit_log').truncate())).toMatch(
      /slo_audit_log is append-only: (TRUNCATE|DELETE) is not allowed/,
    );
    expect(await knex('slo_audit_log')).toHaveLength(1);
  });

  it('a failed audit insert rolls the whole decision back', async () => {
    const { knex, store } = await withOneAcceptedDecision();
    const [before] = await knex('slos');
    const rec = await seedRecommendation(knex, { lookbackDays: 90 });
    await failAuditInserts(knex);
    const message = await refusal(
      store.decide({
        entityRef: ENTITY,
        actor: ALICE,
        decision: {
          action: 'modify',
          recommendation_id: rec,
          selected_tier: 'balanced',
          modifications: { availability_target: 99.95 },
          rationale: 'more nines',
        },
      }),
    );
    expect(message).toMatch(/audit insert failed on purpose/);
    // The supersede, the new SLO and the recommendation's status are gone.
    expect(await knex('slos')).toEqual([before]);
    expect((await store.activeSlo(ENTITY))?.id).toBe(before.id);
    expect(
      (await knex('recommendations').where({ id: rec }).first()).status,
    ).toBe('active');
    expect(await knex('slo_audit_log')).toHaveLength(1);
  });

  it('the database allows one active SLO per entity', async () => {
    const { knex } = await withOneAcceptedDecision();
    const [active] = await knex('slos');
    expect(
      await refusal(
        knex('slos').insert({
          ...active,
          id: '00000000-0000-4000-8000-0000000000aa',
        }),
      ),
    ).toMatch(/unique/i);
    await knex('slos').insert({
      ...active,
      id: '00000000-0000-4000-8000-0000000000bb',
      status: 'superseded',
    });
    expect(await knex('slos')).toHaveLength(2);
  });
});
