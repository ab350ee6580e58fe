/**
 * The recommendation backtest: recommend from each synthetic service's
 * first `trainDays`, then score every following `windowDays` window
 * against the recommended tiers and against an oracle that sees them.
 */

import { recommendSlo } from '../recommend';
import { DailySli, PerTier, TIER_NAMES, TierName } from '../types';
import {
  generateFleet,
  SERVICE_CLASSES,
  ServiceClass,
  SyntheticService,
} from './generate';
import {
  Calibration,
  calibration,
  CalibrationPair,
  evaluationWindows,
  oracleTarget,
  scoreTarget,
} from './metrics';

/** Breach-rate bound of the balanced tier (issue: at most 5% of windows). */
export const BALANCED_BREACH_BOUND = 0.05;

/** A tier as the backtest sees it. */
export interface TierCall {
  target: number;
  breachProbability: number;
}

/** Something that turns a training history into three tiers. */
export type TierPolicy = (
  history: readonly DailySli[],
  windowDays: number,
  seed: number,
) => PerTier<TierCall>;

/** The shipped policy: `recommendSlo` without a composite bound. */
export const recommendSloPolicy: TierPolicy = (history, windowDays, seed) => {
  const rec = recommendSlo({
    history,
    windowDays,
    seed,
    composite: undefined,
    entity: { kind: 'Component', type: 'service' },
  });
  const call = (t: TierName): TierCall => ({
    target: rec.availability[t].target,
    breachProbability: rec.availability[t].breachProbability,
  });
  return {
    conservative: call('conservative'),
    balanced: call('balanced'),
    aggressive: call('aggressive'),
  };
};

/** Options of `runBacktest`. */
export interface BacktestOptions {
  /** Fleet size (a generated fleet) or a ready fleet. */
  services: number | readonly SyntheticService[];
  /** Days the recommendation sees (default 30). */
  trainDays?: number;
  /** Days after training that are scored (default 180). */
  horizonDays?: number;
  /** SLO window (default 30). */
  windowDays?: number;
  /** Step between evaluation windows (default 1: every rolling window). */
  stepDays?: number;
  seed: number;
  /** Breach-rate bound of the oracle (default 5%). */
  breachBound?: number;
  policy?: TierPolicy;
}

/** One service's outcome for one tier. */
export interface ServiceTierResult {
  target: number;
  breachProbability: number;
  breachRate: number;
  utilisation: number;
  /** Oracle at `breachBound`. */
  oracleTarget: number;
  oracleBreachRate: number;
  oracleUtilisation: number;
}

/** One service's outcome. */
export interface ServiceResult {
  id: string;
  serviceClass: ServiceClass;
  windows: number;
  tiers: PerTier<ServiceTierResult>;
}

/** Aggregates of one tier over a group of services. */
export interface TierSummary {
  services: number;
  /** Mean over services of the share of their windows that breached. */
  breachRate: number;
  /** Share of services that breached more than `breachBound` of windows. */
  servicesOverBound: number;
  /** Mean utilisation over all windows (breached windows count 1). */
  utilisation: number;
  /** The same for the oracle at `breachBound`. */
  oracleBreachRate: number;
  oracleUtilisation: number;
  /** utilisation / oracleUtilisation. */
  shareOfOracle: number;
  /** Oracle at this tier's own realised breach rate (equal risk). */
  equalRiskOracleUtilisation: number;
  equalRiskShare: number;
  /** Mean stated breach probability. */
  meanStatedProbability: number;
  /** Median target. */
  medianTarget: number;
  calibration: Calibration;
}

/** Group names: the classes plus the whole fleet. */
export type BacktestGroup = ServiceClass | 'all';

/** The result of a backtest. */
export interface BacktestResult {
  options: Required<Omit<BacktestOptions, 'services' | 'policy'>> & {
    services: number;
  };
  windowsPerService: number;
  services: ServiceResult[];
  summary: Partial<Record<BacktestGroup, PerTier<TierSummary>>>;
  /** Calibration over all tiers and services. */
  calibration: Calibration;
  /** Calibration over all tiers, per group. */
  groupCalibration: Partial<Record<BacktestGroup, Calibration>>;
}

const mean = (xs: readonly number[]) =>
  xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

function pairsOf(
  services: readonly ServiceResult[],
  tiers: readonly TierName[],
): CalibrationPair[] {
  return services.flatMap(s =>
    tiers.map(t => ({
      probability: s.tiers[t].breachProbability,
      observed: s.tiers[t].breachRate,
      weight: s.windows,
    })),
  );
}

function summarise(
  group: readonly ServiceResult[],
  windows: ReadonlyMap<string, number[]>,
  tier: TierName,
  bound: number,
): TierSummary {
  const rows = group.map(s => s.tiers[tier]);
  const breachRate = mean(rows.map(r => r.breachRate));
  const utilisation = mean(rows.map(r => r.utilisation));
  const oracleUtilisation = mean(rows.map(r => r.oracleUtilisation));
  const equalRisk = mean(
    group.map(s => {
      const w = windows.get(s.id)!;
      return scoreTarget(w, oracleTarget(w, breachRate)).utilisation;
    }),
  );
  return {
    services: group.length,
    breachRate,
    servicesOverBound: mean(rows.map(r => (r.breachRate > bound ? 1 : 0))),
    utilisation,
    oracleBreachRate: mean(rows.map(r => r.oracleBreachRate)),
    oracleUtilisation,
    shareOfOracle: utilisation / oracleUtilisation,
    equalRiskOracleUtilisation: equalRisk,
    equalRiskShare: utilisation / equalRisk,
    meanStatedProbability: mean(rows.map(r => r.breachProbability)),
    medianTarget: median(rows.map(r => r.target)),
    calibration: calibration(pairsOf(group, [tier])),
  };
}

/**
 * Runs the backtest. Every service gets one recommendation from its first
 * `trainDays` days; each rolling window that starts after training (every
 * `stepDays` days) is then scored against each tier and against the
 * oracle.
 */
export function runBacktest(options: BacktestOptions): BacktestResult {
  const trainDays = options.trainDays ?? 30;
  const horizonDays = options.horizonDays ?? 180;
  const windowDays = options.windowDays ?? 30;
  const stepDays = options.stepDays ?? 1;
  const bound = options.breachBound ?? BALANCED_BREACH_BOUND;
  const policy = options.policy ?? recommendSloPolicy;
  const fleet =
    typeof options.services === 'number'
      ? generateFleet({
          services: options.services,
          days: trainDays + horizonDays,
          seed: options.seed,
        })
      : options.services;

  const windows = new Map<string, number[]>();
  const services: ServiceResult[] = fleet.map((svc, i) => {
    const train = svc.history.slice(0, trainDays);
    const future = svc.history.slice(0, trainDays + horizonDays);
    const w = evaluationWindows(future, trainDays, windowDays, stepDays);
    windows.set(svc.process.id, w);
    const calls = policy(train, windowDays, options.seed + i);
    const oracle = oracleTarget(w, bound);
    const oracleScore = scoreTarget(w, oracle);
    const tier = (t: TierName): ServiceTierResult => {
      const score = scoreTarget(w, calls[t].target);
      return {
        target: calls[t].target,
        breachProbability: calls[t].breachProbability,
        breachRate: score.breachRate,
        utilisation: score.utilisation,
        oracleTarget: oracle,
        oracleBreachRate: oracleScore.breachRate,
        oracleUtilisation: oracleScore.utilisation,
      };
    };
    return {
      id: svc.process.id,
      serviceClass: svc.process.serviceClass,
      windows: w.length,
      tiers: {
        conservative: tier('conservative'),
        balanced: tier('balanced'),
        aggressive: tier('aggressive'),
      },
    };
  });

  const groups: BacktestGroup[] = ['all', ...SERVICE_CLASSES];
  const summary: BacktestResult['summary'] = {};
  const groupCalibration: BacktestResult['groupCalibration'] = {};
  for (const g of groups) {
    const members = services.filter(s => g === 'all' || s.serviceClass === g);
    if (members.length === 0) continue;
    summary[g] = {
      conservative: summarise(members, windows, 'conservative', bound),
      balanced: summarise(members, windows, 'balanced', bound),
      aggressive: summarise(members, windows, 'aggressive', bound),
    };
    groupCalibration[g] = calibration(pairsOf(members, TIER_NAMES));
  }
  return {
    options: {
      services: fleet.length,
      trainDays,
      horizonDays,
      windowDays,
      stepDays,
      seed: options.seed,
      breachBound: bound,
    },
    windowsPerService: Math.max(0, ...services.map(s => s.windows)),
    services,
    summary,
    calibration: calibration(pairsOf(services, TIER_NAMES)),
    groupCalibration,
  };
}
