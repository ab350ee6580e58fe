import { mockServices } from '@backstage/backend-test-utils';
import { randomBytes } from 'crypto';
import knexFactory, { Knex } from 'knex';
import { GraphStore } from '../src/graph/GraphStore';

/** Admin connection: SLO_BENCH_PG, else the test-suite variable, else local. */
const ADMIN_URL =
  process.env.SLO_BENCH_PG ??
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

function urlFor(database: string) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface BenchDatabase {
  knex: Knex;
  store: GraphStore;
  /** A new GraphStore on the same database (empty model cache). */
  newStore(): Promise<GraphStore>;
}

async function open(knex: Knex): Promise<BenchDatabase> {
  const database = mockServices.database({ knex, migrations: { skip: false } });
  return {
    knex,
    store: await GraphStore.create({ database }),
    newStore: () => GraphStore.create({ database }),
  };
}

/** Runs `fn` on a fresh, migrated PostgreSQL database dropped afterwards. */
export async function withPostgres<T>(
  fn: (db: BenchDatabase) => Promise<T>,
): Promise<T> {
  const name = `slo_bench_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL });
  try {
    await admin.raw('CREATE DATABASE ??', [name]);
    const knex = knexFactory({
      client: 'pg',
      connection: urlFor(name),
      pool: { min: 0, max: 5 },
    });
    try {
      return await fn(await open(knex));
    } finally {
      await knex.destroy();
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
    }
  } finally {
    await admin.destroy();
  }
}

/** Runs `fn` on a fresh in-memory SQLite database (better-sqlite3). */
export async function withSqlite<T>(
  fn: (db: BenchDatabase) => Promise<T>,
): Promise<T> {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  try {
    return await fn(await open(knex));
  } finally {
    await knex.destroy();
  }
}

export async function engineVersions() {
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL });
  const sqlite = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  try {
    const pg = await admin.raw('SELECT version() AS v');
    const [lite] = await sqlite.raw('SELECT sqlite_version() AS v');
    return { postgres: pg.rows[0].v as string, sqlite: lite.v as string };
  } finally {
    await admin.destroy();
    await sqlite.destroy();
  }
}
