import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { AutoApprovalRuleStore } from './AutoApprovalRuleStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const lowRisk = {
  name: 'low-risk',
  enabled: true,
  conditions: { tier: 'balanced' as const, criticality: ['low' as const] },
};
const at = (m: number) => new Date(Date.UTC(2026, 10, 23, 12, m));

describe.each(databases.eachSupportedId())('AutoApprovalRuleStore (%s)', id => {
  async function setup() {
    const { database, knex } = await initDatabaseService(databases, id);
    return { rules: await AutoApprovalRuleStore.create({ database }), knex };
  }

  it('adds, lists in creation order, replaces and removes rules', async () => {
    const { rules } = await setup();
    const a = await rules.add(lowRisk, 'user:default/ada', at(0));
    const b = await rules.add(
      { ...lowRisk, name: 'staging', enabled: false },
      'user:default/bo',
      at(1),
    );
    expect(a).toMatchObject({
      name: 'low-risk',
      enabled: true,
      conditions: lowRisk.conditions,
      created_by: 'user:default/ada',
      created_at: at(0).toISOString(),
    });
    expect((await rules.list()).map(r => r.name)).toEqual([
      'low-risk',
      'staging',
    ]);
    expect((await rules.list({ enabledOnly: true })).map(r => r.id)).toEqual([
      a.id,
    ]);

    const changed = await rules.replace(
      b.id,
      { ...lowRisk, name: 'staging', enabled: true },
      'user:default/cy',
      at(5),
    );
    expect(changed).toMatchObject({
      enabled: true,
      created_by: 'user:default/bo',
      updated_by: 'user:default/cy',
      updated_at: at(5).toISOString(),
    });

    await rules.remove(a.id);
    expect((await rules.list()).map(r => r.id)).toEqual([b.id]);
  });

  it('refuses a duplicate name with 409 and unknown ids with 404', async () => {
    const { rules } = await setup();
    const a = await rules.add(lowRisk, 'user:default/ada');
    const b = await rules.add(
      { ...lowRisk, name: 'other' },
      'user:default/ada',
    );
    await expect(rules.add(lowRisk, 'user:default/bo')).rejects.toThrow(
      ConflictError,
    );
    await expect(
      rules.replace(b.id, lowRisk, 'user:default/bo'),
    ).rejects.toThrow('An auto-approval rule named "low-risk" already exists');
    expect((await rules.get(b.id)).name).toBe('other');
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(rules.get(unknown)).rejects.toThrow(NotFoundError);
    await expect(rules.remove(unknown)).rejects.toThrow(NotFoundError);
    await expect(
      rules.replace(unknown, lowRisk, 'user:default/bo'),
    ).rejects.toThrow(NotFoundError);
    expect(await rules.get(a.id)).toMatchObject({ name: 'low-risk' });
  });

  it('refuses to use a stored rule whose conditions no longer validate', async () => {
    const { rules, knex } = await setup();
    const a = await rules.add(lowRisk, 'user:default/ada');
    await knex('auto_approval_rules')
      .where({ id: a.id })
      .update({ conditions: JSON.stringify({ tier: 'balanced' }) });
    await expect(rules.list()).rejects.toThrow(
      'give at least one condition besides tier',
    );
  });
});
