import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrationsDir } from './migrate';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('migrations (%s)', id => {
  it('apply up to latest and roll all the way down again', async () => {
    const knex = await databases.init(id);
    await knex.migrate.latest({ directory: migrationsDir });
    expect(await knex.schema.hasTable('graph_nodes')).toBe(true);
    await knex.migrate.rollback({ directory: migrationsDir }, true);
    expect(await knex.schema.hasTable('graph_nodes')).toBe(false);
    await knex.migrate.latest({ directory: migrationsDir });
    expect(await knex.schema.hasTable('graph_nodes')).toBe(true);
  });
});
