/**
 * Latency tiers from daily p95/p99 quantiles: a window estimate per
 * rolling window, a tier quantile plus a noise margin, rounded up to human
 * milliseconds.
 */

import { normaliseHistory } from './history';
import { DayCounts, rollingRatios } from './rollingWindows';
import { latencyStepDown, latencyStepUp, roundLatencyUp } from './roundTarget';
import { jeffreysRate, quantileSorted, sortedCopy } from './stats';
import { DailySli, PerTier, TIER_NAMES, TierName } from './types';

/**
 * Per tier: quantile of the window estimates (higher is slower) and noise
 * margin for shared infrastructure. @public
 */
export const LATENCY_TIER_RULES: Readonly<
  PerTier<{ quantile: number; margin: number }>
> = {
  conservative: { quantile: 1, margin: 0.2 },
  balanced: { quantile: 0.5, margin: 0.1 },
  aggressive: { quantile: 0.25, margin: 0 },
};

/** One latency tier. @public */
export interface LatencyTier {
  /** p95 target in ms; absent without latency data. */
  p95Ms?: number;
  p99Ms: number;
  observedP95Ms?: number;
  observedP99Ms?: number;
  margin: number;
  /** Jeffreys estimate of P(a window misses the p95 or p99 target). */
  breachProbability: number;
  breaches: number;
  windows: number;
}

/** An archetype p99 to blend in (cold start). @public */
export interface LatencyPrior {
  p99Ms: number;
  /** Weight of the data, 0..1. */
  dataWeight: number;
}

/** Traffic-weighted mean of daily quantiles per rolling window. */
function windowEstimates(
  days: readonly DailySli[],
  pick: (d: DailySli) => number,
  windowDays: number,
): number[] {
  const series: DayCounts[] = days.map(d =>
    d.latencyQuantilesMs && !d.gap && d.total > 0
      ? { good: d.total * pick(d), total: d.total }
      : { good: 0, total: 0 },
  );
  const latencyDays = series.filter(s => s.total > 0).length;
  if (latencyDays === 0) return [];
  if (latencyDays < windowDays) {
    return rollingRatios(series, series.length, 1).ratios;
  }
  return rollingRatios(series, windowDays, Math.ceil(windowDays / 2)).ratios;
}

function priorTiers(p99Ms: number): PerTier<number> {
  return {
    conservative: latencyStepUp(p99Ms),
    balanced: p99Ms,
    aggressive: latencyStepDown(p99Ms),
  };
}

/**
 * Latency tiers, loosest (conservative) first. A window's p95/p99 is
 * estimated as the traffic-weighted mean of its days' quantiles
 * (quantiles do not aggregate exactly; histograms would). Histories with
 * less than one window of latency data are one window. With a `prior`, the
 * p99 target blends `dataWeight` of the data with the archetype's tiers.
 * Undefined without latency data and without a prior.
 * @public
 */
export function latencyTiers(
  history: readonly DailySli[],
  options: { windowDays?: number; prior?: LatencyPrior } = {},
): PerTier<LatencyTier> | undefined {
  const windowDays = options.windowDays ?? 30;
  const days = normaliseHistory(history);
  const p95 = windowEstimates(days, d => d.latencyQuantilesMs!.p95, windowDays);
  const p99 = windowEstimates(days, d => d.latencyQuantilesMs!.p99, windowDays);
  const prior = options.prior;
  if (p99.length === 0 && !prior) return undefined;
  const weight = p99.length === 0 ? 0 : prior?.dataWeight ?? 1;
  const priors = prior ? priorTiers(prior.p99Ms) : undefined;
  const sorted95 = sortedCopy(p95);
  const sorted99 = sortedCopy(p99);

  const tier = (name: TierName): LatencyTier => {
    const { quantile, margin } = LATENCY_TIER_RULES[name];
    const observedP99Ms = p99.length
      ? quantileSorted(sorted99, quantile)
      : undefined;
    const observedP95Ms = p95.length
      ? quantileSorted(sorted95, quantile)
      : undefined;
    const dataP99 = (observedP99Ms ?? 0) * (1 + margin);
    const p99Ms = roundLatencyUp(
      weight * dataP99 + (1 - weight) * (priors ? priors[name] : 0),
    );
    const p95Ms =
      observedP95Ms === undefined
        ? undefined
        : Math.min(p99Ms, roundLatencyUp(observedP95Ms * (1 + margin)));
    const breaches = p99.filter(
      (v, i) => v > p99Ms || (p95Ms !== undefined && p95[i] > p95Ms),
    ).length;
    return {
      ...(p95Ms === undefined ? {} : { p95Ms, observedP95Ms }),
      p99Ms,
      ...(observedP99Ms === undefined ? {} : { observedP99Ms }),
      margin,
      breachProbability: jeffreysRate(breaches, p99.length),
      breaches,
      windows: p99.length,
    };
  };
  const out = {} as PerTier<LatencyTier>;
  TIER_NAMES.forEach(name => (out[name] = tier(name)));
  // loosest first: conservative ≥ balanced ≥ aggressive
  if (out.balanced.p99Ms > out.conservative.p99Ms)
    out.balanced = out.conservative;
  if (out.aggressive.p99Ms > out.balanced.p99Ms) out.aggressive = out.balanced;
  return out;
}
