import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { initDatabaseService } from '../../__testUtils__/testDatabases';
import { SloStore } from '../SloStore';

export const ENTITY = 'component:default/checkout';
export const NOW = new Date('2026-03-01T12:00:00.000Z');
export const ALICE = 'user:default/alice';
export const BOB = 'user:default/bob';

/** An FR-2 body with hand-picked tiers; only what the lifecycle reads. */
export function recommendationBody(latencyPercentile = 'p99') {
  return {
    recommendations: [
      {
        sli_type: 'availability',
        tiers: {
          conservative: { target: 99.5 },
          balanced: { target: 99.9 },
          aggressive: { target: 99.95 },
        },
      },
      {
        sli_type: 'latency',
        tiers: {
          conservative: { percentile: latencyPercentile, target_ms: 800 },
          balanced: { percentile: latencyPercentile, target_ms: 600 },
          aggressive: { percentile: latencyPercentile, target_ms: 450 },
        },
      },
    ],
  };
}

/** Inserts a recommendation row as RecommendationStore would. */
export async function seedRecommendation(
  knex: Knex,
  options: {
    entityRef?: string;
    status?: string;
    expiresAt?: Date;
    body?: unknown;
    lookbackDays?: number;
  } = {},
): Promise<string> {
  const id = randomUUID();
  await knex('recommendations').insert({
    id,
    entity_ref: options.entityRef ?? ENTITY,
    sli_type: 'all',
    lookback_days: options.lookbackDays ?? 30,
    status: options.status ?? 'active',
    body: JSON.stringify(options.body ?? recommendationBody()),
    graph_snapshot_id: null,
    generated_at: new Date(NOW.getTime() - 3_600_000),
    expires_at: options.expiresAt ?? new Date(NOW.getTime() + 86_400_000),
    stale_reason: null,
  });
  return id;
}

/** A migrated database of `id` with a store on a fixed clock. */
export async function setupStore(databases: TestDatabases, id: TestDatabaseId) {
  const { knex, database } = await initDatabaseService(databases, id);
  const store = await SloStore.create({ database, clock: () => NOW });
  return { knex, store };
}

export const isPostgres = (knex: Knex) =>
  String(knex.client.config.client) === 'pg';

/**
 * The message a database error rejected `promise` with. better-sqlite3 is a
 * native module loaded once per Jest worker, so its errors may come from
 * another test file's realm, where `rejects.toThrow` does not see an Error.
 */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return String((e as { message?: unknown }).message ?? e);
  }
  throw new Error('expected the database to refuse');
}
