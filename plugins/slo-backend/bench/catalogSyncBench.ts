import { LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogSyncTask } from '../src/graph/CatalogSyncTask';
import { BenchDatabase, withPostgres, withSqlite } from './databases';
import { catalogEntities } from './catalogEntities';
import { generateGraph } from './generateGraph';
import { measure, Memory } from './measure';

export interface SyncRun {
  run: 'first' | 'second';
  ms: number;
  memory: Memory;
  inserted: number;
  unchanged: number;
  changed: boolean;
  /** Rows in graph_nodes + graph_edges + graph_snapshots after the run. */
  rows: number;
}

export interface SyncResult {
  engine: 'PostgreSQL' | 'SQLite';
  entities: number;
  edges: number;
  /** Reading all pages from the in-memory catalog mock alone. */
  catalogReadMs: number;
  runs: SyncRun[];
}

const quietLogger = (): LoggerService => {
  const logger: LoggerService = {
    error: () => {},
    warn: () => {},
    info: () => {},
    debug: () => {},
    child: () => logger,
  };
  return logger;
};

/** Row count and a fingerprint that changes with any insert or update. */
async function tableState(db: BenchDatabase) {
  let rows = 0;
  const parts: string[] = [];
  for (const [table, column] of [
    ['graph_nodes', 'updated_at'],
    ['graph_edges', 'updated_at'],
    ['graph_snapshots', 'created_at'],
  ]) {
    const [r] = await db.knex(table).count({ n: '*' }).max({ at: column });
    rows += Number(r.n);
    parts.push(`${r.n}@${r.at === null ? '' : new Date(r.at).getTime()}`);
  }
  return { rows, fingerprint: parts.join(' ') };
}

/**
 * Times `CatalogSyncTask.run()` over a catalog of generated Components:
 * the first run inserts everything, the second finds nothing to change.
 */
export async function catalogSyncBench(
  engine: SyncResult['engine'],
  services: number,
  edges: number,
): Promise<SyncResult> {
  const entities = catalogEntities(generateGraph({ services, edges }));
  const withDb = engine === 'PostgreSQL' ? withPostgres : withSqlite;
  return withDb(async db => {
    const catalog = catalogServiceMock({ entities });
    const auth = mockServices.auth();
    const credentials = await auth.getOwnServiceCredentials();
    const read = performance.now();
    for await (const page of catalog.streamEntities(
      { filter: { kind: ['Component', 'Resource'] } },
      { credentials },
    )) {
      if (page.length === 0) break;
    }
    const catalogReadMs = performance.now() - read;

    const task = CatalogSyncTask.create({
      catalog,
      auth,
      store: db.store,
      logger: quietLogger(),
    });
    const runs: SyncRun[] = [];
    for (const run of ['first', 'second'] as const) {
      const before = await tableState(db);
      const { result, ms, memory } = await measure(() => task.run());
      const after = await tableState(db);
      const wrote =
        result.changed ||
        result.updated + result.inserted + result.deleted > 0 ||
        after.fingerprint !== before.fingerprint;
      if (run === 'second' && wrote) {
        throw new Error(`${engine}: the second catalog sync wrote rows`);
      }
      runs.push({
        run,
        ms,
        memory,
        inserted: result.inserted,
        unchanged: result.unchanged,
        changed: result.changed,
        rows: after.rows,
      });
    }
    return { engine, entities: entities.length, edges, catalogReadMs, runs };
  });
}
