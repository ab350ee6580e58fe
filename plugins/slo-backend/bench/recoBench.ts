/**
 * Recommendation and aggregation benchmarks: cached retrieval over HTTP
 * under concurrent clients, forced regeneration of an entity with a 3-hop
 * graph, and SLI aggregation of a synthetic fleet against real Prometheus.
 * Rewrites the `bench:recommendations` section of docs/benchmarks.md and
 * prints a summary. Exits non-zero only on errors, never on a missed
 * target. Run from the repository root with `yarn bench:recommendations`.
 * Sizes can be lowered for a quick check with RECO_BENCH_QUICK=1;
 * RECO_BENCH_SERVE_ONLY=1 runs only retrieval and generation (no
 * Prometheus, docs/benchmarks.md left alone).
 */
import { resolve } from 'path';
import { aggregationBench } from './aggregationBench';
import { engineVersions } from './databases';
import { ms } from './report';
import { recoServeBench } from './recoServeBench';
import { renderRecoSection, writeRecoSection } from './recoReport';

const DOC = resolve(__dirname, '../../../docs/benchmarks.md');
const QUICK = process.env.RECO_BENCH_QUICK === '1';
const SERVE_ONLY = process.env.RECO_BENCH_SERVE_ONLY === '1';

const log = (line: string) =>
  process.stdout.write(`[bench:recommendations] ${line}\n`);

async function main() {
  const started = performance.now();
  const versions = await engineVersions();

  const serve = await recoServeBench({
    services: QUICK ? 50 : 200,
    edges: QUICK ? 150 : 600,
    days: 60,
    clients: 200,
    requests: QUICK ? 2_000 : 20_000,
    generationRuns: QUICK ? 10 : 50,
  });
  const r = serve.retrieval;
  log(
    `retrieval: ${r.n} requests, ${serve.options.clients} clients, p50 ${ms(
      r.p50,
    )} p95 ${ms(r.p95)} p99 ${ms(r.p99)} max ${ms(r.max)}, ${r.rps.toFixed(
      0,
    )} req/s, errors ${r.errors} ${JSON.stringify(r.statuses)}`,
  );
  const f = serve.floor;
  log(
    `floor (bare express, same clients and body size): p50 ${ms(
      f.p50,
    )} p95 ${ms(f.p95)} p99 ${ms(f.p99)}, ${f.rps.toFixed(
      0,
    )} req/s; CPU per request ${r.cpuUsPerRequest.toFixed(
      0,
    )} µs (floor ${f.cpuUsPerRequest.toFixed(
      0,
    )} µs); load average ${serve.loadAverage.toFixed(1)}`,
  );
  const g = serve.generation;
  log(
    `generation (${g.root}, ${g.subgraphNodes} nodes in 3 hops): p50 ${ms(
      g.p50,
    )} p95 ${ms(g.p95)} max ${ms(g.max)}, errors ${g.errors}`,
  );

  if (SERVE_ONLY) {
    log('serve only: aggregation skipped, docs/benchmarks.md left alone');
    return;
  }

  const aggregation = await aggregationBench({
    services: QUICK ? 50 : 1000,
    days: QUICK ? 3 : 30,
    stepSeconds: 3600,
  });
  const a = aggregation;
  log(
    `aggregation ${a.entities} services × ${a.options.days} days: file ${(
      a.fileBytes / 1e6
    ).toFixed(0)} MB in ${ms(a.generateMs)}, backfill ${ms(
      a.backfillMs,
    )}, run ${ms(a.runMs)}, ${a.queries} queries, ${
      a.buckets
    } buckets, peak RSS +${a.memory.peakRssMb.toFixed(0)} MB`,
  );

  const section = renderRecoSection({
    date: new Date(),
    seconds: (performance.now() - started) / 1000,
    versions,
    serve,
    aggregation,
  });
  if (QUICK) {
    log('quick run: docs/benchmarks.md left alone');
  } else {
    writeRecoSection(DOC, section);
  }
  process.stdout.write(`\n${section}\n\n`);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch(error => {
  process.stderr.write(
    `[bench:recommendations] failed: ${error?.stack ?? error}\n`,
  );
  process.exitCode = 1;
});
