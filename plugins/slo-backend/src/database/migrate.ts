import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

export const migrationsDir = resolvePackagePath(
  '@slo-engine/plugin-slo-backend',
  'migrations',
);

/**
 * Gets the plugin's database client and brings its schema up to date,
 * unless the operator turned migrations off for this plugin.
 */
export async function connectAndMigrate(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}
