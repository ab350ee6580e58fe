/**
 * Availability tiers from rolling-window history: a level per tier, capped
 * by the composite bound and by traffic volume, rounded down the ladder.
 */

import { errorBudgetMinutes } from '../math/errorBudget';
import {
  blockBootstrap,
  BlockBootstrapOptions,
  dataDayCounts,
  percentileInterval,
} from './bootstrap';
import { BreachEstimate, breachProbability } from './breachProbability';
import { rollingRatios, rollingWindows } from './rollingWindows';
import {
  availabilityStepDown,
  availabilityStepUp,
  roundAvailabilityDown,
} from './roundTarget';
import { jeffreysRate, quantileSorted, sortedCopy } from './stats';
import { DailySli, PerTier, TIER_NAMES, TierName } from './types';

/**
 * Quantile of the rolling-window availabilities each tier starts from:
 * the worst window, the median window and the upper quartile.
 * @public
 */
export const TIER_QUANTILES: Readonly<PerTier<number>> = {
  conservative: 0,
  balanced: 0.5,
  aggressive: 0.75,
};

/** Fewest bad events a window's error budget must allow. @public */
export const MIN_BUDGET_EVENTS = 10;

/**
 * Highest target whose error budget still allows `MIN_BUDGET_EVENTS` bad
 * events per window at this traffic: `1 - 10 / (daily events × days)`.
 * 1 when the traffic is unknown.
 * @public
 */
export function volumeCap(
  dailyEvents: number | undefined,
  windowDays: number,
): number {
  if (!dailyEvents || !(dailyEvents > 0)) return 1;
  return Math.max(0, 1 - MIN_BUDGET_EVENTS / (dailyEvents * windowDays));
}

/** What held a tier below its observed level. @public */
export type CapReason = 'composite-bound' | 'traffic-volume';

/** Caps applied to every tier. @public */
export interface TierCaps {
  windowDays: number;
  /** Composite availability bound from the dependency graph. */
  bound?: number;
  /** Mean events per day with data. */
  dailyEvents?: number;
}

/**
 * A level capped by the bound and the traffic cap, rounded down the ladder.
 * @public
 */
export function tierTarget(
  level: number,
  caps: TierCaps,
): { target: number; cappedBy?: CapReason } {
  const bound = caps.bound ?? 1;
  const traffic = volumeCap(caps.dailyEvents, caps.windowDays);
  let effective = Math.min(1, level);
  let cappedBy: CapReason | undefined;
  if (bound < effective) {
    effective = bound;
    cappedBy = 'composite-bound';
  }
  if (traffic < effective) {
    effective = traffic;
    cappedBy = 'traffic-volume';
  }
  return { target: roundAvailabilityDown(Math.max(effective, 1e-9)), cappedBy };
}

/**
 * Tier levels from the quantiles of a history's rolling windows; undefined
 * when the history holds no full window.
 * @public
 */
export function observedLevels(
  history: readonly DailySli[],
  windowDays: number,
): PerTier<number> | undefined {
  const windows = rollingWindows(history, { windowDays });
  if (windows.length === 0) return undefined;
  const sorted = sortedCopy(windows.map(w => w.availability));
  return {
    conservative: quantileSorted(sorted, TIER_QUANTILES.conservative),
    balanced: quantileSorted(sorted, TIER_QUANTILES.balanced),
    aggressive: quantileSorted(sorted, TIER_QUANTILES.aggressive),
  };
}

/** One availability tier. @public */
export interface AvailabilityTier {
  /** Target as a ratio, e.g. 0.999. */
  target: number;
  /** Target in percent, e.g. 99.9. */
  targetPercent: number;
  /** Level the tier started from, before caps and rounding. */
  observed: number;
  /** Error budget over a 30-day month, in minutes. */
  errorBudgetMonthlyMinutes: number;
  breachProbability: number;
  breach: BreachEstimate;
  /** Bootstrap CI of the tier's rolling-window quantile; null without data. */
  confidenceInterval: [number, number] | null;
  cappedBy?: CapReason;
}

/** Options of `availabilityTiers`. @public */
export interface AvailabilityTierOptions
  extends BlockBootstrapOptions,
    TierCaps {
  /** Levels per tier (from `observedLevels` or a cold-start blend). */
  levels: PerTier<number>;
  /** CI level (default 0.95). */
  level?: number;
  /**
   * Sorted predictive window availabilities (incident model, short
   * histories). When given, breach odds are the share of them below the
   * target, and tiers that round to the same target are pulled apart.
   */
  predictive?: readonly number[];
}

/**
 * Most predicted breach probability an aggressive tier may carry when it
 * is stepped above a balanced tier it would otherwise equal.
 * @public
 */
export const MAX_AGGRESSIVE_BREACH = 0.5;

/** Share of sorted samples strictly below `target`. */
function shareBelow(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function predictiveBreach(
  history: readonly DailySli[],
  sorted: readonly number[],
  target: number,
  windowDays: number,
): BreachEstimate {
  const breaches = shareBelow(sorted, target);
  return {
    probability: jeffreysRate(breaches, sorted.length),
    breaches,
    windows: sorted.length,
    independentWindows: Math.floor(dataDayCounts(history).length / windowDays),
    method: 'incident-model',
  };
}

function tierIntervals(
  history: readonly DailySli[],
  options: AvailabilityTierOptions,
): PerTier<[number, number] | null> {
  const days = dataDayCounts(history);
  if (days.length === 0) {
    return { conservative: null, balanced: null, aggressive: null };
  }
  const length = Math.min(options.windowDays, days.length);
  const replicates = blockBootstrap(
    days,
    resample => {
      const sorted = sortedCopy(rollingRatios(resample, length, 1).ratios);
      return TIER_NAMES.map(t => quantileSorted(sorted, TIER_QUANTILES[t]));
    },
    options,
  );
  const ci = (i: number) => percentileInterval(replicates[i], options.level);
  return { conservative: ci(0), balanced: ci(1), aggressive: ci(2) };
}

/**
 * The three availability tiers with budgets, breach probabilities and
 * CIs. Ordered: conservative ≤ balanced ≤ aggressive, none above the bound.
 * @public
 */
export function availabilityTiers(
  history: readonly DailySli[],
  options: AvailabilityTierOptions,
): PerTier<AvailabilityTier> {
  const targets = TIER_NAMES.map(t => tierTarget(options.levels[t], options));
  for (let i = 1; i < targets.length; i++) {
    if (targets[i].target < targets[i - 1].target) targets[i] = targets[i - 1];
  }
  const predictive = options.predictive;
  if (predictive && predictive.length > 0) {
    // Separate tiers that rounding made equal, when the data allow it:
    // conservative one rung lower; aggressive one rung higher if the caps
    // allow it and it is not predicted to breach more often than not.
    const [c, b] = targets;
    if (c.target >= b.target && b.target > 0.01) {
      targets[0] = { target: availabilityStepDown(b.target) };
    }
    const a = targets[2];
    if (a.target <= b.target && !b.cappedBy) {
      const up = availabilityStepUp(b.target);
      const capped = tierTarget(up, options);
      const odds = shareBelow(predictive, up) / predictive.length;
      if (
        capped.target === up &&
        up > b.target &&
        odds <= MAX_AGGRESSIVE_BREACH
      )
        targets[2] = { target: up };
    }
  }
  const intervals = tierIntervals(history, options);
  const tier = (name: TierName, i: number): AvailabilityTier => {
    const { target, cappedBy } = targets[i];
    const breach =
      predictive && predictive.length > 0
        ? predictiveBreach(history, predictive, target, options.windowDays)
        : breachProbability(history, target, options);
    return {
      target,
      targetPercent: Number((target * 100).toFixed(6)),
      observed: options.levels[name],
      errorBudgetMonthlyMinutes: errorBudgetMinutes(target, 30),
      breachProbability: breach.probability,
      breach,
      confidenceInterval: intervals[name],
      ...(cappedBy ? { cappedBy } : {}),
    };
  };
  return {
    conservative: tier('conservative', 0),
    balanced: tier('balanced', 1),
    aggressive: tier('aggressive', 2),
  };
}
