import { Knex } from 'knex';

// SQLite builds a multi-row insert as a compound SELECT, limited to 500
// terms; PostgreSQL allows 65,535 parameters, about 3,000 rows of 20 columns.
const SQLITE_ROWS = 400;
const POSTGRES_ROWS = 1000;

/** Rows per multi-row insert that every supported engine accepts. */
export function chunkSize(db: Knex): number {
  const client = String(db.client.config.client);
  return client.includes('sqlite') ? SQLITE_ROWS : POSTGRES_ROWS;
}
