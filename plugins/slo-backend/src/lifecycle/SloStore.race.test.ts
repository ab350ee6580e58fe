import { TestDatabaseId } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  ALICE,
  BOB,
  ENTITY,
  seedRecommendation,
  setupStore,
} from './__testUtils__/lifecycleFixtures';
import { SloStore } from './SloStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const postgresIds = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

/** Sessions of this database waiting for a lock on `table`. */
async function waiters(knex: Knex, table: string): Promise<number> {
  const { rows } = await knex.raw(
    `SELECT count(*)::int AS n FROM pg_locks
      WHERE NOT granted AND relation = ?::regclass
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [table],
  );
  return rows[0].n;
}

/**
 * Runs both decisions as real concurrent transactions: a third transaction
 * holds a lock on `gate` that their first write to it needs, so both get
 * past their reads and queue up; once both are seen waiting, the gate opens
 * and they race for the same rows.
 */
async function race(
  knex: Knex,
  gate: 'slos' | 'recommendations',
  decisions: (() => Promise<unknown>)[],
) {
  const blocker = await knex.transaction();
  await blocker.raw(`LOCK TABLE ${gate} IN SHARE ROW EXCLUSIVE MODE`);
  const settled = Promise.allSettled(decisions.map(d => d()));
  for (let i = 0; (await waiters(knex, gate)) < decisions.length; i++) {
    if (i > 200) {
      await blocker.rollback();
      throw new Error('the decisions never queued up behind the gate');
    }
    await new Promise(r => setTimeout(r, 25));
  }
  await blocker.commit();
  return settled;
}

function accept(store: SloStore, actor: string, rec: string) {
  return () =>
    store.decide({
      entityRef: ENTITY,
      actor,
      decision: {
        action: 'accept',
        recommendation_id: rec,
        selected_tier: 'balanced',
      },
    });
}

function modify(store: SloStore, actor: string, rec: string) {
  return () =>
    store.decide({
      entityRef: ENTITY,
      actor,
      decision: {
        action: 'modify',
        recommendation_id: rec,
        selected_tier: 'balanced',
        modifications: { availability_target: 99.95 },
        rationale: 'more nines',
      },
    });
}

async function expectOneWinner(
  knex: Knex,
  results: PromiseSettledResult<unknown>[],
  auditRowsBefore: number,
) {
  const won = results.filter(r => r.status === 'fulfilled');
  const lost = results.filter(
    (r): r is PromiseRejectedResult => r.status === 'rejected',
  );
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0].reason).toBeInstanceOf(ConflictError);
  expect(
    await knex('slos').where({ entity_ref: ENTITY, status: 'active' }),
  ).toHaveLength(1);
  expect(await knex('slo_audit_log')).toHaveLength(auditRowsBefore + 1);
  // The loser's recommendation update was rolled back with the rest.
  const statuses = (await knex('recommendations')).map(r => r.status);
  return statuses;
}

// Without PostgreSQL (SLO_REQUIRE_POSTGRES unset) the race is skipped, not
// reported as an empty table.
const describePostgres = postgresIds.length
  ? describe.each(postgresIds)
  : describe.skip.each<[TestDatabaseId]>([['POSTGRES_15']]);

describePostgres('SloStore concurrent decisions (%s)', dbId => {
  it('two first activations of one entity: the one-active index decides', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    const a = await seedRecommendation(knex, { lookbackDays: 30 });
    const b = await seedRecommendation(knex, { lookbackDays: 90 });
    const results = await race(knex, 'slos', [
      accept(store, ALICE, a),
      modify(store, BOB, b),
    ]);
    const statuses = await expectOneWinner(knex, results, 0);
    expect(statuses.sort()).toEqual(['accepted', 'active']);
    expect(
      (results.find(r => r.status === 'rejected') as PromiseRejectedResult)
        .reason.message,
    ).toMatch(/changed by another decision a moment ago; nothing was saved/);
  });

  it('two replacements of the active SLO: the supersede guard decides', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    await accept(store, ALICE, await seedRecommendation(knex))();
    const a = await seedRecommendation(knex, { lookbackDays: 60 });
    const b = await seedRecommendation(knex, { lookbackDays: 90 });
    const results = await race(knex, 'slos', [
      modify(store, ALICE, a),
      accept(store, BOB, b),
    ]);
    const statuses = await expectOneWinner(knex, results, 1);
    expect(statuses.sort()).toEqual(['accepted', 'accepted', 'active']);
    expect(
      await knex('slos').where({ entity_ref: ENTITY, status: 'superseded' }),
    ).toHaveLength(1);
  });

  it('two decisions on one recommendation: its status guard decides', async () => {
    const { knex, store } = await setupStore(databases, dbId);
    const rec = await seedRecommendation(knex);
    const results = await race(knex, 'recommendations', [
      accept(store, ALICE, rec),
      modify(store, BOB, rec),
    ]);
    const statuses = await expectOneWinner(knex, results, 0);
    expect(statuses).toEqual(['accepted']);
    expect(
      (results.find(r => r.status === 'rejected') as PromiseRejectedResult)
        .reason.message,
    ).toMatch(/decided by someone else a moment ago/);
  });
});

describe('SloStore concurrent decisions (SQLITE_3)', () => {
  it('serializes them on its single connection: each sees the result of the other', async () => {
    const { knex, store } = await setupStore(databases, 'SQLITE_3');
    const a = await seedRecommendation(knex, { lookbackDays: 30 });
    const b = await seedRecommendation(knex, { lookbackDays: 90 });
    await accept(store, ALICE, await seedRecommendation(knex))();
    const results = await Promise.allSettled([
      accept(store, ALICE, a)(),
      modify(store, BOB, b)(),
    ]);
    // Both succeed in turn: each sees the other's result before it starts.
    expect(results.map(r => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(
      await knex('slos').where({ entity_ref: ENTITY, status: 'active' }),
    ).toHaveLength(1);
  });
});
