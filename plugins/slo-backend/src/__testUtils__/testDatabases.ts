import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';

/**
 * The engines every store test runs on. PostgreSQL comes from
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (Docker is never
 * used); with SLO_REQUIRE_POSTGRES=1, as scripts/test-all.sh sets, a missing
 * PostgreSQL fails the suite instead of silently testing SQLite alone.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_15', 'SQLITE_3'],
    disableDocker: true,
  });
  if (process.env.SLO_REQUIRE_POSTGRES && !databases.supports('POSTGRES_15')) {
    throw new Error(
      'SLO_REQUIRE_POSTGRES is set but PostgreSQL 15 is not configured: ' +
        'export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
    );
  }
  return databases;
}

/** A DatabaseService over a fresh logical database of the given engine. */
export async function initDatabaseService(
  databases: TestDatabases,
  id: TestDatabaseId,
) {
  const knex = await databases.init(id);
  return {
    knex,
    database: mockServices.database({ knex, migrations: { skip: false } }),
  };
}
