import {
  machineParts,
  markdownTable as table,
  num,
  writeMarkedSection,
  yesNo,
} from '../../../scripts/bench/markdown';
import { SyncResult } from './catalogSyncBench';
import { IngestResult } from './ingestBench';
import { median, Memory } from './measure';
import { TraversalResult } from './traversalBench';

export interface GraphBenchResults {
  date: Date;
  seconds: number;
  versions: { postgres: string; sqlite: string };
  ingestion: IngestResult[];
  traversal: TraversalResult;
  sync: SyncResult[];
}

const INGEST_LIMITS: Record<number, { requirement?: number; aim?: number }> = {
  1000: { requirement: 30_000 },
  5000: { aim: 5_000 },
};
const TRAVERSAL_REQUIREMENT = 100;
const TRAVERSAL_AIM = 5;

export function ms(value: number): string {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}
const megabytes = (v: number) => `${v.toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
const limit = (v: number) => (v >= 1000 ? `${v / 1000} s` : `${v} ms`);

function memory(m: Memory): string {
  // A collection can free more than the run allocated: clamp at zero.
  const retained = Math.max(0, m.retainedMb);
  return `${megabytes(m.peakRssMb)} / ${megabytes(m.heapMb)} / ${megabytes(
    retained,
  )}`;
}

export function machine(versions: GraphBenchResults['versions']) {
  return [
    ...machineParts(),
    versions.postgres.replace(/ on .*$/, ''),
    `SQLite ${versions.sqlite} (better-sqlite3, in memory)`,
  ].join('; ');
}

function ingestionSection(results: IngestResult[]): string {
  const rows = results.map(r => {
    const times = r.runs.map(x => x.ms);
    const limits = INGEST_LIMITS[r.services] ?? {};
    const t = median(times);
    const met = [
      limits.requirement !== undefined &&
        `requirement: ${yesNo(t < limits.requirement)}`,
      limits.aim !== undefined && `aim: ${yesNo(t < limits.aim)}`,
    ].filter(Boolean);
    const mid = r.runs[times.indexOf(t)];
    return [
      `\`IngestionService.ingest\`, fresh database`,
      `${num(r.services)} / ${num(r.edges)}`,
      `${ms(t)} (${ms(Math.min(...times))}–${ms(Math.max(...times))}, ${
        r.runs.length
      } runs)`,
      memory(mid.memory),
      limits.requirement ? `< ${limit(limits.requirement)}` : '—',
      limits.aim ? `< ${limit(limits.aim)}` : '—',
      met.join(', ') || '—',
    ];
  });
  return [
    '### Bulk ingestion (FR-1, PostgreSQL)',
    '',
    table(
      [
        'What',
        'Services / edges',
        'Time: median (min–max)',
        'Memory: peak RSS Δ / heap Δ / retained',
        'Requirement',
        'Aim',
        'Met?',
      ],
      rows,
    ),
  ].join('\n');
}

function traversalSection(t: TraversalResult): string {
  const p95ok = (p: { p95: number }) =>
    `requirement: ${yesNo(p.p95 < TRAVERSAL_REQUIREMENT)}, aim: ${yesNo(
      p.p95 < TRAVERSAL_AIM,
    )}`;
  const req = `p95 < ${TRAVERSAL_REQUIREMENT} ms`;
  const aim = `p95 < ${TRAVERSAL_AIM} ms`;
  const n = `${num(t.roots)} roots`;
  const row = (
    what: string,
    count: string,
    p: { p50: number; p95: number; p99: number },
    mem: string,
    limits: [string, string, string],
  ) => [what, count, ms(p.p50), ms(p.p95), ms(p.p99), mem, ...limits];
  return [
    `### 3-hop downstream traversal (${num(t.services)} services / ${num(
      t.edges,
    )} edges, PostgreSQL)`,
    '',
    table(
      [
        'What',
        'n',
        'p50',
        'p95',
        'p99',
        'Memory',
        'Requirement',
        'Aim',
        'Met?',
      ],
      [
        row('`GraphModel.subgraph` (warm model)', n, t.model, '—', [
          req,
          aim,
          p95ok(t.model),
        ]),
        row(
          '`(await store.model()).subgraph` (per request)',
          n,
          t.storeModel,
          '—',
          [req, aim, p95ok(t.storeModel)],
        ),
        row('PostgreSQL recursive CTE (same roots)', n, t.cte, '—', [
          '—',
          '—',
          'reference',
        ]),
        row(
          'Cold `store.model()` build',
          `${t.coldBuild.n} builds`,
          t.coldBuild,
          `${megabytes(t.modelRetainedMb)} heap retained`,
          ['—', '—', '—'],
        ),
      ],
    ),
    '',
    `Recursive CTE vs in-memory walk: p50 ${ratio(
      t.cte.p50,
      t.model.p50,
    )} slower, p95 ${ratio(t.cte.p95, t.model.p95)} slower; vs the ` +
      `per-request path (\`store.model()\` checks the latest snapshot in the ` +
      `database first): p50 ${ratio(t.cte.p50, t.storeModel.p50)}, p95 ${ratio(
        t.cte.p95,
        t.storeModel.p95,
      )}. ` +
      `A subgraph holds ${t.meanNodes.toFixed(0)} nodes on average ` +
      `(max ${num(t.maxNodes)}); the CTE reached the same node count for ` +
      `${num(t.roots - t.mismatches)} of ${num(t.roots)} roots.`,
  ].join('\n');
}

function syncSection(results: SyncResult[]): string {
  const rows = results.flatMap(r =>
    r.runs.map(run => [
      r.engine,
      run.run,
      `${num(r.entities)} / ${num(r.edges)}`,
      ms(run.ms),
      memory(run.memory),
      syncOutcome(run),
      '—',
      run.run === 'second' ? 'writes nothing' : '—',
      run.run === 'second' ? yesNo(!run.changed) : '—',
    ]),
  );
  const reads = results
    .map(r => `${ms(r.catalogReadMs)} (${r.engine} run)`)
    .join(', ');
  return [
    '### Catalog refresh (`CatalogSyncTask.run()`)',
    '',
    table(
      [
        'Engine',
        'Run',
        'Entities / dependsOn',
        'Time',
        'Memory: peak RSS Δ / heap Δ / retained',
        'Result',
        'Requirement',
        'Aim',
        'Met?',
      ],
      rows,
    ),
    '',
    `Reading the ${num(
      results[0]?.entities ?? 0,
    )} entities from the in-memory catalog mock alone takes ${reads}; it is ` +
      `part of each run's time.`,
  ].join('\n');
}

export function renderSection(r: GraphBenchResults): string {
  return [
    '## Dependency graph (`yarn bench:graph`)',
    '',
    `Last run ${r.date
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')} in ${r.seconds.toFixed(0)} s on: ${machine(
      r.versions,
    )}.`,
    '',
    ingestionSection(r.ingestion),
    '',
    traversalSection(r.traversal),
    '',
    syncSection(r.sync),
  ].join('\n');
}

function syncOutcome(run: {
  run: string;
  inserted: number;
  rows: number;
  changed: boolean;
  unchanged: number;
}): string {
  if (run.run === 'first') {
    return `${num(run.inserted)} nodes inserted, ${num(run.rows)} rows`;
  }
  return run.changed
    ? 'wrote rows'
    : `no writes (${num(run.unchanged)} unchanged)`;
}

/** Replaces the `bench:graph` section of `file`. */
export function writeSection(file: string, markdown: string) {
  writeMarkedSection(file, 'graph', markdown);
}
