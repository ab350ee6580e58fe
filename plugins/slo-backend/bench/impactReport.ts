import {
  machineParts,
  markdownTable as table,
  num,
  yesNo,
} from '../../../scripts/bench/markdown';
import { Percentiles } from './measure';
import { ms } from './report';

const REQUIREMENT = 10_000;
const AIM = 250;

export interface EngineRun {
  engine: 'SQLite' | 'PostgreSQL';
  /** `ImpactAnalysisService.analyse`, reads included. */
  whole: Percentiles;
  /** `prepare` alone: graph model check and the two batched reads. */
  prepare: Percentiles;
}

export interface ImpactBenchResult {
  date: Date;
  versions: { postgres: string; sqlite: string };
  services: number;
  edges: number;
  changed: string;
  repetitions: number;
  pure: {
    p: Percentiles;
    impacted: number;
    hard: number;
    atRisk: number;
    fallback: number;
  };
  naive: {
    sample: number;
    perServiceMs: number;
    totalMs: number;
    maxDifference: number;
  };
  runs: EngineRun[];
  /** 1-minute load average at the start and the end of the run. */
  load: [number, number];
}

export function renderImpactSection(r: ImpactBenchResult): string {
  const met = (p: Percentiles) =>
    `requirement: ${yesNo(p.p95 < REQUIREMENT)}, aim: ${yesNo(p.p95 < AIM)}`;
  const row = (what: string, p: Percentiles, limits: boolean) => [
    what,
    num(p.n),
    ms(p.p50),
    ms(p.p95),
    ms(p.p99),
    limits ? `< ${REQUIREMENT / 1000} s` : '—',
    limits ? `p95 < ${AIM} ms` : '—',
    limits ? met(p) : '—',
  ];
  const machine = [
    ...machineParts(),
    r.versions.postgres.replace(/ on .*$/, ''),
    `SQLite ${r.versions.sqlite} (better-sqlite3, in memory)`,
  ].join('; ');
  return [
    `### Impact analysis (FR-4, ${num(r.services)} services / ${num(
      r.edges,
    )} edges)`,
    '',
    `Run \`yarn bench:impact\` on ${r.date
      .toISOString()
      .slice(0, 10)}; ${machine}.`,
    '',
    `Changed service: \`${r.changed}\` (leaf layer, most hard upstream ` +
      `services), proposed 99%. ${num(r.pure.impacted)} upstream services ` +
      `listed, ${num(r.pure.hard)} of them through hard edges within 10 ` +
      `hops, ${num(r.pure.atRisk)} SLOs at risk; ${num(
        r.pure.fallback,
      )} computed by the per-service fallback. 30 days of daily aggregates ` +
      `per service; active targets come from an in-memory lookup until the ` +
      `SLO store is wired. Load average ${r.load[0].toFixed(1)} at the ` +
      `start and ${r.load[1].toFixed(1)} at the end of the run (other jobs ` +
      `shared the machine), so the tails are pessimistic.`,
    '',
    table(
      ['What', 'n', 'p50', 'p95', 'p99', 'Requirement', 'Aim', 'Met?'],
      [
        row('`impactAnalysis` (pure, input built)', r.pure.p, true),
        ...r.runs.flatMap(run => [
          row(
            `\`ImpactAnalysisService.analyse\`, ${run.engine}`,
            run.whole,
            true,
          ),
          row(
            `… of which reads (\`prepare\`), ${run.engine}`,
            run.prepare,
            false,
          ),
        ]),
      ],
    ),
    '',
    `Naive baseline (two \`compositeAvailability\` calls on the whole graph ` +
      `per upstream service): ${ms(r.naive.perServiceMs)} per service over ` +
      `a sample of ${num(r.naive.sample)}, so about ${ms(
        r.naive.totalMs,
      )} for all ${num(r.pure.impacted)}: ${(
        r.naive.totalMs / r.pure.p.p50
      ).toFixed(0)}× the pure analysis at p50. Largest difference from the ` +
      `baseline on the sample: ${r.naive.maxDifference.toExponential(1)}.`,
  ].join('\n');
}
