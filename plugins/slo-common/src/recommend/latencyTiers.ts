/**
 * Latency tiers as FR-2 defines them: each tier targets its own percentile
 * (conservative p99.9, balanced p99, aggressive p95). A tier's observed
 * value is a quantile of rolling-window estimates of that percentile, plus
 * a noise margin, rounded up to human milliseconds.
 */

import { normaliseHistory } from './history';
import { DayCounts, rollingRatios } from './rollingWindows';
import { roundLatencyUp } from './roundTarget';
import { jeffreysRate, quantileSorted, sortedCopy } from './stats';
import {
  DailySli,
  LatencyQuantilesMs,
  PerTier,
  TIER_NAMES,
  TierName,
} from './types';

/** A latency percentile a tier targets. @public */
export type LatencyPercentile = 'p99.9' | 'p99' | 'p95';

/** How one latency tier is computed. @public */
export interface LatencyTierRule {
  percentile: LatencyPercentile;
  /** Quantile of the window estimates (1 = the slowest window). */
  windowQuantile: number;
  /** Noise margin for shared infrastructure, added to the observed value. */
  margin: number;
  /**
   * Cold-start prior as a multiple of the archetype's p99. For a log-normal
   * latency with σ ≈ 1 (typical of request latency) p99.9 ≈ 2 × p99 and
   * p95 ≈ ½ × p99.
   */
  priorRatio: number;
}

/** Per tier: percentile, window quantile, margin and prior ratio. @public */
export const LATENCY_TIER_RULES: Readonly<PerTier<LatencyTierRule>> = {
  conservative: {
    percentile: 'p99.9',
    windowQuantile: 1,
    margin: 0.1,
    priorRatio: 2,
  },
  balanced: {
    percentile: 'p99',
    windowQuantile: 0.5,
    margin: 0.1,
    priorRatio: 1,
  },
  aggressive: {
    percentile: 'p95',
    windowQuantile: 0.5,
    margin: 0,
    priorRatio: 0.5,
  },
};

const QUANTILE_KEY: Record<LatencyPercentile, keyof LatencyQuantilesMs> = {
  'p99.9': 'p999',
  p99: 'p99',
  p95: 'p95',
};

/** One latency tier. @public */
export interface LatencyTier {
  percentile: LatencyPercentile;
  targetMs: number;
  /** The tier's window estimate before margin; absent without data. */
  observedMs?: number;
  margin: number;
  /** Jeffreys estimate of P(a window's percentile exceeds the target). */
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

/**
 * Traffic-weighted mean of the daily `key` quantile per rolling window.
 * Histories with less than one window of data are one window.
 */
function windowEstimates(
  days: readonly DailySli[],
  key: keyof LatencyQuantilesMs,
  windowDays: number,
): number[] {
  const series: DayCounts[] = days.map(d => {
    const v = d.latencyQuantilesMs?.[key];
    return v !== undefined && !d.gap && d.total > 0
      ? { good: d.total * v, total: d.total }
      : { good: 0, total: 0 };
  });
  const latencyDays = series.filter(s => s.total > 0).length;
  if (latencyDays === 0) return [];
  if (latencyDays < windowDays) {
    return rollingRatios(series, series.length, 1).ratios;
  }
  return rollingRatios(series, windowDays, Math.ceil(windowDays / 2)).ratios;
}

/**
 * Latency tiers. A window's percentile is estimated as the
 * traffic-weighted mean of its days' quantiles (quantiles do not
 * aggregate exactly; histograms would). With a `prior`, each target blends
 * `dataWeight` of the data with the archetype's value for that percentile.
 * Undefined without latency data and without a prior.
 * @public
 */
export function latencyTiers(
  history: readonly DailySli[],
  options: { windowDays?: number; prior?: LatencyPrior } = {},
): PerTier<LatencyTier> | undefined {
  const windowDays = options.windowDays ?? 30;
  const days = normaliseHistory(history);
  const prior = options.prior;

  const tier = (name: TierName): LatencyTier | undefined => {
    const rule = LATENCY_TIER_RULES[name];
    const windows = windowEstimates(
      days,
      QUANTILE_KEY[rule.percentile],
      windowDays,
    );
    if (windows.length === 0 && !prior) return undefined;
    const observedMs = windows.length
      ? quantileSorted(sortedCopy(windows), rule.windowQuantile)
      : undefined;
    const weight = windows.length === 0 ? 0 : prior?.dataWeight ?? 1;
    const priorMs = prior ? prior.p99Ms * rule.priorRatio : 0;
    const targetMs = roundLatencyUp(
      weight * (observedMs ?? 0) * (1 + rule.margin) + (1 - weight) * priorMs,
    );
    const breaches = windows.filter(v => v > targetMs).length;
    return {
      percentile: rule.percentile,
      targetMs,
      ...(observedMs === undefined ? {} : { observedMs }),
      margin: rule.margin,
      breachProbability: jeffreysRate(breaches, windows.length),
      breaches,
      windows: windows.length,
    };
  };
  const out: Partial<PerTier<LatencyTier>> = {};
  for (const name of TIER_NAMES) {
    const t = tier(name);
    if (!t) return undefined;
    out[name] = t;
  }
  return out as PerTier<LatencyTier>;
}
