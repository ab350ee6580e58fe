import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Rng } from '@slo-engine/telemetry-generator';
import { randomBytes } from 'crypto';
import knexFactory, { Knex } from 'knex';
import { SliAggregate } from '../src/aggregation/SliAggregate';
import { SliAggregateStore } from '../src/aggregation/SliAggregateStore';
import { GraphStore } from '../src/graph/GraphStore';
import { IngestionService } from '../src/graph/IngestionService';
import { generateGraph, refOf, toIngestionBody } from './generateGraph';

const DAY_MS = 86_400_000;

/** Admin connection, resolved as in `databases.ts`. */
const ADMIN_URL =
  process.env.SLO_BENCH_PG ??
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Runs `fn` on a fresh PostgreSQL database dropped afterwards. Unlike
 * `withPostgres`, the pool is knex's default (2–10 connections), the size a
 * Backstage backend without `pool` settings gets.
 */
export async function withRecoDatabase<T>(
  fn: (database: DatabaseService, knex: Knex) => Promise<T>,
): Promise<T> {
  const name = `slo_bench_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: ADMIN_URL });
  try {
    await admin.raw('CREATE DATABASE ??', [name]);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const knex = knexFactory({
      client: 'pg',
      connection: url.toString(),
      pool: { min: 2, max: 10 },
    });
    try {
      return await fn(
        mockServices.database({ knex, migrations: { skip: false } }),
        knex,
      );
    } finally {
      await knex.destroy();
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
    }
  } finally {
    await admin.destroy();
  }
}

export interface RecoFixture {
  refs: string[];
  edges: number;
  aggregates: number;
}

/**
 * A layered graph of `services` services (generateGraph, ingested as FR-1
 * `manual` data) and `days` daily aggregates per service ending at the UTC
 * midnight before `now`, with status `ok`.
 */
export async function seedRecoFixture(options: {
  graph: GraphStore;
  aggregates: SliAggregateStore;
  services: number;
  edges: number;
  days: number;
  now: Date;
}): Promise<RecoFixture> {
  const generated = generateGraph({
    services: options.services,
    edges: options.edges,
  });
  await new IngestionService(options.graph).ingest(
    toIngestionBody(generated),
    'user:default/bench',
  );
  const refs = generated.services.map(refOf);
  const end = Math.floor(options.now.getTime() / DAY_MS) * DAY_MS;
  const rng = new Rng(7);
  const rows: SliAggregate[] = [];
  for (const entityRef of refs) {
    const errorRatio = 0.0005 + rng.next() * 0.01;
    const rate = 5 + rng.next() * 200;
    const p50 = 10 + rng.next() * 90;
    for (let d = options.days; d >= 1; d--) {
      const total = Math.round(rate * 86_400 * (0.8 + rng.next() * 0.4));
      const bad = Math.round(total * errorRatio * (0.5 + rng.next()));
      rows.push({
        entityRef,
        resolution: 'day',
        bucketStart: new Date(end - d * DAY_MS),
        good: total - bad,
        total,
        availability: (total - bad) / total,
        latencyMs: { p50, p95: p50 * 3, p99: p50 * 6, p999: p50 * 12 },
        requestRate: total / 86_400,
        gap: false,
      });
    }
  }
  await options.aggregates.upsert(rows);
  await options.aggregates.setStatus(
    refs.map(entityRef => ({
      entityRef,
      status: 'ok' as const,
      lastDataAt: new Date(end),
    })),
  );
  return { refs, edges: generated.edges.length, aggregates: rows.length };
}

/** A logger that drops everything (`mockServices.logger.mock()` needs Jest). */
export const silentLogger: LoggerService = {
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  child: () => silentLogger,
};
