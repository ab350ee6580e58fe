import { refusal } from '../lifecycle/__testUtils__/lifecycleFixtures';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { SlaTargetStore } from './SlaTargetStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const A = 'component:default/checkout';
const B = 'component:default/payments';
const ADA = 'user:default/ada';
const BO = 'user:default/bo';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 12, minute));

describe.each(databases.eachSupportedId())('SlaTargetStore (%s)', id => {
  async function setup() {
    const { database, knex } = await initDatabaseService(databases, id);
    let now = at(0);
    const store = await SlaTargetStore.create({ database, clock: () => now });
    return { store, knex, tick: (m: number) => (now = at(m)) };
  }

  it('sets, replaces and removes a target, recording every change in order', async () => {
    const { store, tick } = await setup();
    expect(await store.get(A)).toBeUndefined();

    const first = await store.set({
      entityRef: A,
      targetPercent: 99.5,
      actor: ADA,
    });
    expect(first).toEqual({
      target: {
        entityRef: A,
        targetPercent: 99.5,
        setBy: ADA,
        setAt: at(0),
        rationale: undefined,
      },
      previous: undefined,
    });
    tick(5);
    const second = await store.set({
      entityRef: A,
      targetPercent: 99.12345,
      actor: BO,
      rationale: 'contract renewal',
    });
    expect(second.previous?.targetPercent).toBe(99.5);
    expect(await store.get(A)).toEqual({
      entityRef: A,
      targetPercent: 99.12345,
      setBy: BO,
      setAt: at(5),
      rationale: 'contract renewal',
    });
    await store.set({ entityRef: B, targetPercent: 99, actor: ADA });
    expect([...(await store.list()).keys()]).toEqual([A, B]);
    expect([...(await store.list([B, 'component:default/x'])).keys()]).toEqual([
      B,
    ]);

    tick(9);
    expect(
      (await store.remove({ entityRef: A, actor: ADA }))?.targetPercent,
    ).toBe(99.12345);
    expect(await store.get(A)).toBeUndefined();
    // Nothing to remove: nothing is recorded either.
    expect(await store.remove({ entityRef: A, actor: ADA })).toBeUndefined();

    expect(await store.history(A)).toEqual([
      {
        entityRef: A,
        action: 'delete',
        targetPercent: undefined,
        previousTargetPercent: 99.12345,
        actor: ADA,
        rationale: undefined,
        occurredAt: at(9),
      },
      {
        entityRef: A,
        action: 'set',
        targetPercent: 99.12345,
        previousTargetPercent: 99.5,
        actor: BO,
        rationale: 'contract renewal',
        occurredAt: at(5),
      },
      {
        entityRef: A,
        action: 'set',
        targetPercent: 99.5,
        previousTargetPercent: undefined,
        actor: ADA,
        rationale: undefined,
        occurredAt: at(0),
      },
    ]);
    expect((await store.history(A, 1)).map(c => c.action)).toEqual(['delete']);
    expect((await store.history(B)).map(c => c.targetPercent)).toEqual([99]);
  });

  it('refuses a change without an actor, writing nothing', async () => {
    const { store } = await setup();
    await expect(
      store.set({ entityRef: A, targetPercent: 99.5, actor: '' }),
    ).rejects.toThrow('an SLA target change needs an actor');
    expect(await store.history(A)).toEqual([]);
  });

  it('keeps the history append-only in the database', async () => {
    const { store, knex } = await setup();
    await store.set({ entityRef: A, targetPercent: 99.5, actor: ADA });
    expect(
      await refusal(knex('sla_target_history').update({ actor: 'mallory' })),
    ).toMatch(/sla_target_history is append-only: UPDATE is not allowed/);
    expect(await refusal(knex('sla_target_history').delete())).toMatch(
      /sla_target_history is append-only: DELETE is not allowed/,
    );
    expect((await store.history(A))[0].actor).toBe(ADA);
  });

  it('rolls the target back when its history row cannot be written', async () => {
    const { store, knex } = await setup();
    await store.set({ entityRef: A, targetPercent: 99.5, actor: ADA });
    // A trigger makes the history insert, the second statement, fail.
    if (String(knex.client.config.client) === 'pg') {
      await knex.raw(`
        CREATE FUNCTION sla_history_fail() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN RAISE EXCEPTION 'history unavailable'; END $$`);
      await knex.raw(`
        CREATE TRIGGER sla_history_fail BEFORE INSERT ON sla_target_history
        FOR EACH ROW EXECUTE FUNCTION sla_history_fail()`);
    } else {
      await knex.raw(`
        CREATE TRIGGER sla_history_fail BEFORE INSERT ON sla_target_history
        BEGIN SELECT RAISE(ABORT, 'history unavailable'); END`);
    }
    expect(
      await refusal(store.set({ entityRef: A, targetPercent: 98, actor: BO })),
    ).toMatch(/history unavailable/);
    expect(
      await refusal(store.set({ entityRef: B, targetPercent: 98, actor: BO })),
    ).toMatch(/history unavailable/);
    expect(await refusal(store.remove({ entityRef: A, actor: BO }))).toMatch(
      /history unavailable/,
    );
    expect((await store.get(A))?.targetPercent).toBe(99.5);
    expect(await store.get(B)).toBeUndefined();
  });
});
