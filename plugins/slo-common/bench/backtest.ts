/**
 * `yarn bench:backtest`: the recommendation backtest on a synthetic fleet
 * (200 services per seed, three seeds). Prints the tables and rewrites the
 * marked block of the "Backtest" section of docs/recommendations.md.
 *
 *   yarn bench:backtest [--services 200] [--seeds 1,2,3] [--no-docs]
 */

import {
  machineParts,
  markdownTable as table,
  writeMarkedSection,
  yesNo,
} from '../../../scripts/bench/markdown';
import path from 'path';
import {
  BacktestResult,
  BALANCED_BREACH_BOUND,
  generateFleet,
  runBacktest,
  SERVICE_CLASSES,
  SyntheticService,
  TierPolicy,
  TierSummary,
} from '../src/recommend/backtest';
import {
  blockBootstrap,
  dataDayCounts,
  ratioOfSums,
} from '../src/recommend/bootstrap';
import {
  availabilityStepDown,
  roundAvailabilityDown,
} from '../src/recommend/roundTarget';
import {
  jeffreysRate,
  quantileSorted,
  sortedCopy,
} from '../src/recommend/stats';
import { TIER_NAMES } from '../src/recommend/types';

const ECE_BOUND = 0.05;
const SHARE_AIM = 0.9;
const TRAIN_DAYS = 30;
/** Longer training histories, each a separate run on the same processes. */
const LONG_TRAIN_DAYS = [60, 90];
const HORIZON_DAYS = 180;
const WINDOW_DAYS = 30;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Not shipped, measured only: the alternative the docs propose for short
 * histories. Tier levels are quantiles (1%, 5%, 25%) of 1,000 synthetic
 * 30-day windows block-bootstrapped from the training days; conservative
 * one extra ladder step down; breach odds from the synthetic windows.
 */
export const bootstrapQuantilePolicy: TierPolicy = (history, wd, seed) => {
  const days = dataDayCounts(history);
  const [synthetic] = blockBootstrap(days, s => [ratioOfSums(s)], {
    seed,
    length: wd,
  });
  const sorted = sortedCopy(synthetic);
  const mean = days.reduce((s, d) => s + d.total, 0) / days.length;
  const cap = 1 - 10 / (mean * wd);
  const call = (q: number, stepsDown: number) => {
    let target = roundAvailabilityDown(
      Math.max(1e-9, Math.min(cap, quantileSorted(sorted, q))),
    );
    for (let i = 0; i < stepsDown; i++) target = availabilityStepDown(target);
    const k = synthetic.filter(a => a < target).length;
    return { target, breachProbability: jeffreysRate(k, synthetic.length) };
  };
  return {
    conservative: call(0.01, 1),
    balanced: call(0.05, 0),
    aggressive: call(0.25, 0),
  };
};

/** Fleets of several seeds as one fleet with unique ids. */
function fleetOf(services: number, seeds: number[], days: number) {
  return seeds.flatMap(seed =>
    generateFleet({ services, days, seed }).map(
      (s): SyntheticService => ({
        ...s,
        process: { ...s.process, id: `s${seed}-${s.process.id}` },
      }),
    ),
  );
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const fix = (v: number, d = 3) => v.toFixed(d);
const target = (v: number) => `${Number((v * 100).toFixed(4))}%`;

function tierRows(result: BacktestResult): string[][] {
  const rows: string[][] = [];
  for (const group of ['all', ...SERVICE_CLASSES] as const) {
    const s = result.summary[group];
    if (!s) continue;
    for (const tier of TIER_NAMES) {
      const x: TierSummary = s[tier];
      rows.push([
        group,
        tier,
        String(x.services),
        target(x.medianTarget),
        pct(x.breachRate),
        pct(x.servicesOverBound),
        fix(x.utilisation),
        fix(x.oracleUtilisation),
        pct(x.shareOfOracle),
        pct(x.equalRiskShare),
        fix(x.meanStatedProbability),
        fix(x.calibration.ece),
        fix(x.calibration.brier),
      ]);
    }
  }
  return rows;
}

const TIER_HEADER = [
  'class',
  'tier',
  'services',
  'median target',
  'breach rate',
  'services > 5%',
  'utilisation',
  'oracle util.',
  'share of oracle',
  'share, equal-risk oracle',
  'mean stated p',
  'ECE',
  'Brier',
];

function boundsTable(result: BacktestResult): string {
  const rows: string[][] = [];
  for (const group of ['all', 'stable', 'heavy-tailed'] as const) {
    const b = result.summary[group]?.balanced;
    const cal = result.groupCalibration[group];
    if (!b || !cal) continue;
    rows.push([
      group,
      `${pct(b.breachRate)} (≤ 5%): ${yesNo(
        b.breachRate <= BALANCED_BREACH_BOUND,
      )}`,
      `${pct(b.shareOfOracle)} (≥ 90%, at ≤ 5% breaches): ${yesNo(
        b.shareOfOracle >= SHARE_AIM && b.breachRate <= BALANCED_BREACH_BOUND,
      )}`,
      `${fix(cal.ece)} (≤ 0.05): ${yesNo(cal.ece <= ECE_BOUND)}`,
      fix(cal.brier),
    ]);
  }
  return table(
    [
      'class',
      'balanced breach rate',
      'balanced share of oracle',
      'ECE, all tiers',
      'Brier, all tiers',
    ],
    rows,
  );
}

const LENGTH_HEADER = [
  'training days',
  'breach, all',
  'services > 5%',
  'share of oracle, all',
  'share, stable',
  'share, heavy-tailed',
  'median target',
  'mean stated p',
  'ECE, all tiers',
  'Brier, all tiers',
  'bound (≤ 5%, ECE ≤ 0.05)',
];

/** One row per training length: the fleet-wide balanced tier. */
function lengthRows(results: readonly BacktestResult[]): string[][] {
  return results.map(r => {
    const s = r.summary;
    const b = s.all!.balanced;
    return [
      String(r.options.trainDays),
      pct(b.breachRate),
      pct(b.servicesOverBound),
      pct(b.shareOfOracle),
      pct(s.stable!.balanced.shareOfOracle),
      pct(s['heavy-tailed']!.balanced.shareOfOracle),
      target(b.medianTarget),
      fix(b.meanStatedProbability),
      fix(r.calibration.ece),
      fix(r.calibration.brier),
      yesNo(
        b.breachRate <= BALANCED_BREACH_BOUND && r.calibration.ece <= ECE_BOUND,
      ),
    ];
  });
}

const CLASS_HEADER = [
  'class',
  'training days',
  'breach rate',
  'services > 5%',
  'median target',
  'share of oracle',
  'mean stated p',
  'ECE, all tiers',
  'Brier, all tiers',
];

/** Balanced tier per class, the training lengths side by side. */
function classRows(results: readonly BacktestResult[]): string[][] {
  const rows: string[][] = [];
  for (const group of SERVICE_CLASSES) {
    for (const r of results) {
      const b = r.summary[group]?.balanced;
      const cal = r.groupCalibration[group];
      if (!b || !cal) continue;
      rows.push([
        group,
        String(r.options.trainDays),
        pct(b.breachRate),
        pct(b.servicesOverBound),
        target(b.medianTarget),
        pct(b.shareOfOracle),
        fix(b.meanStatedProbability),
        fix(cal.ece),
        fix(cal.brier),
      ]);
    }
  }
  return rows;
}

function main() {
  const services = Number(arg('services') ?? 200);
  const seeds = (arg('seeds') ?? '1,2,3').split(',').map(Number);
  const started = Date.now();
  const fleet = fleetOf(services, seeds, TRAIN_DAYS + HORIZON_DAYS);
  const base = {
    services: fleet,
    horizonDays: HORIZON_DAYS,
    windowDays: WINDOW_DAYS,
    seed: 1,
  };
  const shipped = runBacktest({ ...base, trainDays: TRAIN_DAYS });
  const perSeed = seeds.map(seed =>
    runBacktest({
      ...base,
      services: fleet.filter(s => s.process.id.startsWith(`s${seed}-`)),
      trainDays: TRAIN_DAYS,
    }),
  );
  // The same processes drawn over 60 (90) + 180 days for the longer
  // training histories.
  const longer = LONG_TRAIN_DAYS.map(days =>
    runBacktest({
      ...base,
      services: fleetOf(services, seeds, days + HORIZON_DAYS),
      trainDays: days,
    }),
  );
  const byLength = [shipped, ...longer];
  const proposal = runBacktest({
    ...base,
    trainDays: TRAIN_DAYS,
    policy: bootstrapQuantilePolicy,
  });
  const seconds = (Date.now() - started) / 1000;

  const seedRows = perSeed.map((r, i) => {
    const b = r.summary.all!.balanced;
    return [
      String(seeds[i]),
      String(r.options.services),
      pct(b.breachRate),
      pct(b.shareOfOracle),
      fix(r.calibration.ece),
      fix(r.calibration.brier),
    ];
  });
  const compareRow = (name: string, r: BacktestResult) => {
    const b = r.summary;
    return [
      name,
      pct(b.all!.balanced.breachRate),
      pct(b.stable!.balanced.breachRate),
      pct(b['heavy-tailed']!.balanced.breachRate),
      pct(b.stable!.balanced.shareOfOracle),
      pct(b['heavy-tailed']!.balanced.shareOfOracle),
      fix(r.calibration.ece),
      fix(r.calibration.brier),
    ];
  };

  const markdown = [
    `Run of ${new Date().toISOString().slice(0, 10)}: ${
      shipped.options.services
    } services (${services} per seed, seeds ${seeds.join(', ')}), ${
      shipped.windowsPerService
    } evaluation windows per service, ${seconds.toFixed(
      1,
    )} s for all runs. Machine: ${machineParts().join('; ')}.`,
    '',
    `### Bounds (shipped \`recommendSlo\`, ${TRAIN_DAYS} training days)`,
    '',
    boundsTable(shipped),
    '',
    '### Per tier and class',
    '',
    table(TIER_HEADER, tierRows(shipped)),
    '',
    '### Seeds (all classes, balanced tier)',
    '',
    table(
      [
        'seed',
        'services',
        'breach rate',
        'share of oracle',
        'ECE, all tiers',
        'Brier, all tiers',
      ],
      seedRows,
    ),
    '',
    '### Training length (shipped `recommendSlo`, balanced tier)',
    '',
    table(LENGTH_HEADER, lengthRows(byLength)),
    '',
    '### Training length per class (balanced tier)',
    '',
    table(CLASS_HEADER, classRows(byLength)),
    '',
    '### Comparisons (balanced tier)',
    '',
    table(
      [
        'run',
        'breach, all',
        'breach, stable',
        'breach, heavy-tailed',
        'share, stable',
        'share, heavy-tailed',
        'ECE',
        'Brier',
      ],
      [
        ...byLength.map(r =>
          compareRow(`shipped, ${r.options.trainDays} training days`, r),
        ),
        compareRow(
          `proposal (bootstrap quantiles), ${TRAIN_DAYS} days`,
          proposal,
        ),
      ],
    ),
  ].join('\n');

  process.stdout.write(`${markdown}\n`);
  if (process.argv.includes('--no-docs')) return;
  const file = path.resolve(__dirname, '../../../docs/recommendations.md');
  writeMarkedSection(file, 'backtest', markdown);
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), file)}\n`);
}

main();
