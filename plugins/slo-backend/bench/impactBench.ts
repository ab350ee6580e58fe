/**
 * FR-4 impact analysis benchmark (issue 5): the pure `impactAnalysis` and
 * the whole `ImpactAnalysisService.analyse` call on SQLite and PostgreSQL,
 * against the naive baseline of one `compositeAvailability` per upstream
 * service before and after the change. Rewrites the `impact` section of
 * docs/benchmarks.md. Run from the repository root with
 * `yarn bench:impact` (`SLO_BENCH_QUICK=1` for a smoke run).
 */
import { mockServices } from '@backstage/backend-test-utils';
import { loadavg } from 'os';
import { resolve } from 'path';
import { writeMarkedSection } from '../../../scripts/bench/markdown';
import { SliAggregateStore } from '../src/aggregation/SliAggregateStore';
import { ImpactAnalysisService } from '../src/impact/ImpactAnalysisService';
import { ObservedAvailabilityReader } from '../src/impact/ObservedAvailabilityReader';
import {
  BenchDatabase,
  engineVersions,
  withPostgres,
  withSqlite,
} from './databases';
import { generateGraph, refOf } from './generateGraph';
import { percentiles } from './measure';
import { ms } from './report';
import { EngineRun, renderImpactSection } from './impactReport';
import { seedRecoFixture } from './recoFixtures';
import { naiveBaseline } from './impactNaive';

const QUICK = process.env.SLO_BENCH_QUICK === '1';
const SERVICES = 5000;
const EDGES = 20_000;
const REPETITIONS = QUICK ? 5 : 50;
const NAIVE_SAMPLE = QUICK ? 20 : 200;
const DOC = resolve(__dirname, '../../../docs/benchmarks.md');
const NOW = new Date('2026-11-20T12:00:00Z');

const log = (line: string) => process.stdout.write(`[bench:impact] ${line}\n`);

/** The leaf-layer service with the most services upstream over hard sync edges. */
function deepestService() {
  const g = generateGraph({ services: SERVICES, edges: EDGES });
  const callers = g.services.map(() => [] as number[]);
  for (const e of g.edges) {
    if (e.criticality === 'hard' && e.mode === 'sync')
      callers[e.to].push(e.from);
  }
  const upstreamCount = (start: number) => {
    const seen = new Set([start]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      for (const w of callers[queue[head]]) {
        if (seen.has(w)) continue;
        seen.add(w);
        queue.push(w);
      }
    }
    return seen.size - 1;
  };
  const last = g.layerOf[g.layerOf.length - 1];
  let best = { ref: '', upstream: -1 };
  g.services.forEach((s, i) => {
    if (g.layerOf[i] !== last) return;
    const upstream = upstreamCount(i);
    if (upstream > best.upstream) best = { ref: refOf(s), upstream };
  });
  return best;
}

/** Active SLOs on every third service, at 99.5% or 99.9%. */
const targetOf = (ref: string, i: number) =>
  i % 3 === 0 ? new Map([[ref, i % 2 ? 0.999 : 0.995]]) : undefined;

async function time<T>(fn: () => Promise<T> | T, n: number) {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    last = await fn();
    times.push(performance.now() - start);
  }
  return { p: percentiles(times), last: last! };
}

async function runEngine(
  engine: EngineRun['engine'],
  db: BenchDatabase,
  changed: string,
) {
  const database = mockServices.database({
    knex: db.knex,
    migrations: { skip: false },
  });
  const aggregates = await SliAggregateStore.create({ database });
  const fixture = await seedRecoFixture({
    graph: db.store,
    aggregates,
    services: SERVICES,
    edges: EDGES,
    days: 30,
    now: NOW,
  });
  // Fresh bulk-loaded tables: give the planner the statistics autovacuum
  // would gather on a live database.
  if (engine === 'PostgreSQL') await db.knex.raw('ANALYZE');
  const targets = new Map(
    fixture.refs.flatMap((ref, i) => [...(targetOf(ref, i) ?? [])]),
  );
  const service = new ImpactAnalysisService({
    graph: db.store,
    aggregates,
    // The SLO store is not wired yet: a lookup stands in for its query.
    observed: await ObservedAvailabilityReader.create({ database }),
    activeTargets: async refs =>
      new Map(refs.filter(r => targets.has(r)).map(r => [r, targets.get(r)!])),
    now: () => NOW,
  });
  const body = {
    service_id: changed,
    proposed_change: { sli_type: 'availability' as const, proposed_target: 99 },
  };
  await service.analyse(body); // warm the graph model and the JIT
  const whole = await time(() => service.analyse(body), REPETITIONS);
  const prepare = await time(() => service.prepare(body), REPETITIONS);
  return {
    engine,
    whole: whole.p,
    prepare: prepare.p,
    response: whole.last,
    service,
    body,
  };
}

/** The whole service call on one engine, and optionally the pure part and the baseline. */
async function measureEngine(
  engine: EngineRun['engine'],
  db: BenchDatabase,
  changed: string,
  withPure: boolean,
) {
  const r = await runEngine(engine, db, changed);
  log(
    `${engine}: analyse p50 ${ms(r.whole.p50)} p95 ${ms(r.whole.p95)} p99 ${ms(
      r.whole.p99,
    )}; reads p95 ${ms(r.prepare.p95)}`,
  );
  const run: EngineRun = { engine, whole: r.whole, prepare: r.prepare };
  if (!withPure) return { run };
  const prepared = await r.service.prepare(r.body);
  const timed = await time(() => r.service.compute(prepared), REPETITIONS);
  const result = timed.last;
  const pure = {
    p: timed.p,
    impacted: result.impacted.length,
    hard: result.impacted.filter(s => s.via === 'hard').length,
    atRisk: result.impacted.filter(s => s.sloAtRisk).length,
    fallback: result.fallbackCount,
  };
  log(
    `pure: p50 ${ms(timed.p.p50)} p95 ${ms(timed.p.p95)} p99 ${ms(
      timed.p.p99,
    )}; ${pure.impacted} upstream`,
  );
  const naive = naiveBaseline(prepared, result.impacted, NAIVE_SAMPLE);
  log(
    `naive: ${ms(naive.perServiceMs)} per upstream service, ${ms(
      naive.totalMs,
    )} extrapolated; max |Δ| ${naive.maxDifference}`,
  );
  return { run, pure, naive };
}

async function main() {
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  const versions = await engineVersions();
  const changed = deepestService();
  log(
    `changed service ${changed.ref}: ${changed.upstream} hard upstream services`,
  );

  // The pure analysis and the naive baseline run once, on SQLite's data.
  const sqlite = await withSqlite(db =>
    measureEngine('SQLite', db, changed.ref, true),
  );
  const postgres = await withPostgres(db =>
    measureEngine('PostgreSQL', db, changed.ref, false),
  );
  const runs = [sqlite.run, postgres.run];
  const { pure, naive } = sqlite;
  const section = renderImpactSection({
    date: new Date(),
    versions,
    services: SERVICES,
    edges: EDGES,
    changed: changed.ref,
    repetitions: REPETITIONS,
    pure: pure!,
    naive: naive!,
    runs,
    load: [loadAtStart, loadavg()[0]],
  });
  if (!QUICK) writeMarkedSection(DOC, 'impact', section);
  log(
    `done in ${((performance.now() - started) / 1000).toFixed(0)} s${
      QUICK ? ' (quick: docs untouched)' : ''
    }`,
  );
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
