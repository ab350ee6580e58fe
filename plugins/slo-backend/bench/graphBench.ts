/**
 * Dependency-graph benchmarks (issue 3): bulk ingestion, 3-hop traversal
 * against a recursive CTE, and catalog refresh. Rewrites the marked section
 * of docs/benchmarks.md and prints a summary. Exits non-zero only on
 * errors, never on a missed target. Run from the repository root with
 * `yarn bench:graph`.
 */
import { resolve } from 'path';
import { catalogSyncBench, SyncResult } from './catalogSyncBench';
import { engineVersions } from './databases';
import { ingestBench, IngestResult } from './ingestBench';
import { GraphBenchResults, ms, renderSection, writeSection } from './report';
import { traversalBench } from './traversalBench';

const REPETITIONS = 3;
const DOC = resolve(__dirname, '../../../docs/benchmarks.md');

const log = (line: string) => process.stdout.write(`[bench:graph] ${line}\n`);

async function main() {
  const started = performance.now();
  const versions = await engineVersions();

  const ingestion: IngestResult[] = [];
  for (const [services, edges] of [
    [1000, 10_000],
    [5000, 50_000],
  ]) {
    const r = await ingestBench(services, edges, REPETITIONS);
    ingestion.push(r);
    log(`ingest ${services}/${edges}: ${r.runs.map(x => ms(x.ms)).join(', ')}`);
  }

  const traversal = await traversalBench(5000, 50_000, 1000, 5);
  log(
    `traversal: model p50 ${ms(traversal.model.p50)} p95 ${ms(
      traversal.model.p95,
    )} p99 ${ms(traversal.model.p99)}; store.model() p95 ${ms(
      traversal.storeModel.p95,
    )}; CTE p50 ${ms(traversal.cte.p50)} p95 ${ms(traversal.cte.p95)} p99 ${ms(
      traversal.cte.p99,
    )}; cold build p50 ${ms(traversal.coldBuild.p50)}; CTE mismatches ${
      traversal.mismatches
    }`,
  );

  const sync: SyncResult[] = [];
  for (const engine of ['PostgreSQL', 'SQLite'] as const) {
    const r = await catalogSyncBench(engine, 5000, 50_000);
    sync.push(r);
    log(
      `catalog sync ${engine}: ${r.runs
        .map(
          x =>
            `${x.run} ${ms(x.ms)} (peak RSS +${x.memory.peakRssMb.toFixed(
              0,
            )} MB, heap +${x.memory.heapMb.toFixed(0)} MB)`,
        )
        .join(', ')}`,
    );
  }

  const results: GraphBenchResults = {
    date: new Date(),
    seconds: (performance.now() - started) / 1000,
    versions,
    ingestion,
    traversal,
    sync,
  };
  const section = renderSection(results);
  writeSection(DOC, section);
  process.stdout.write(`\n${section}\n\n`);
  log(`wrote ${DOC} in ${results.seconds.toFixed(0)} s`);
}

main().catch(error => {
  process.stderr.write(`[bench:graph] failed: ${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
