/**
 * Scoring of a backtest: evaluation windows, breaches, error-budget
 * utilisation, the oracle target and calibration (ECE, Brier score).
 */

import { roundAvailabilityDown } from '../roundTarget';
import { DailySli } from '../types';

/**
 * Availability (Σgood / Σtotal) of every `windowDays` window that starts at
 * or after day `from`, stepping `stepDays`. Windows without traffic are
 * skipped.
 */
export function evaluationWindows(
  history: readonly DailySli[],
  from: number,
  windowDays: number,
  stepDays = 1,
): number[] {
  const out: number[] = [];
  for (let s = from; s + windowDays <= history.length; s += stepDays) {
    let good = 0;
    let total = 0;
    for (let d = s; d < s + windowDays; d++) {
      if (history[d].gap) continue;
      good += history[d].good;
      total += history[d].total;
    }
    if (total > 0) out.push(good / total);
  }
  return out;
}

/** A window breaches a target when its availability is below it. */
export const breaches = (availability: number, target: number) =>
  availability < target;

/**
 * Share of the error budget a window used: (1 − availability) / (1 −
 * target), capped at 1 (a breached window used all of it).
 */
export function utilisation(availability: number, target: number): number {
  return Math.min(1, Math.max(0, 1 - availability) / (1 - target));
}

/**
 * The oracle: the highest target on the rounding ladder (whole percents
 * below 90%) that at most `bound` of the windows breach. With the windows
 * sorted, that is the ladder value at or below the (⌊bound·n⌋+1)-th worst.
 */
export function oracleTarget(
  windows: readonly number[],
  bound: number,
): number {
  if (windows.length === 0) throw new RangeError('no evaluation windows');
  const sorted = [...windows].sort((a, b) => a - b);
  const k = Math.min(
    sorted.length - 1,
    Math.floor(bound * sorted.length + 1e-9),
  );
  return roundAvailabilityDown(Math.min(1, Math.max(sorted[k], 1e-9)));
}

/** Breach share and mean utilisation of one target over windows. */
export function scoreTarget(
  windows: readonly number[],
  target: number,
): { breachRate: number; utilisation: number } {
  let breached = 0;
  let used = 0;
  for (const a of windows) {
    if (breaches(a, target)) breached++;
    used += utilisation(a, target);
  }
  return {
    breachRate: breached / windows.length,
    utilisation: used / windows.length,
  };
}

/** A stated probability and the observed share of windows it covers. */
export interface CalibrationPair {
  /** Stated breach probability. */
  probability: number;
  /** Share of the windows that breached (0..1). */
  observed: number;
  /** Number of windows behind `observed`. */
  weight: number;
}

/** One reliability-diagram bin. */
export interface CalibrationBin {
  lower: number;
  upper: number;
  windows: number;
  meanProbability: number;
  observedRate: number;
}

/** Calibration of stated probabilities against observed breaches. */
export interface Calibration {
  /** Σ (n_b / N) |mean stated − observed| over equal-width bins. */
  ece: number;
  /** Mean (p − y)² over all windows. */
  brier: number;
  windows: number;
  bins: CalibrationBin[];
}

/**
 * Expected calibration error over `binCount` equal-width bins and the
 * Brier score, each window one (probability, breached) pair.
 */
export function calibration(
  pairs: readonly CalibrationPair[],
  binCount = 10,
): Calibration {
  const sums = Array.from({ length: binCount }, () => ({
    n: 0,
    p: 0,
    y: 0,
  }));
  let n = 0;
  let brier = 0;
  for (const { probability: p, observed: y, weight: w } of pairs) {
    const b = Math.min(binCount - 1, Math.floor(p * binCount));
    sums[b].n += w;
    sums[b].p += p * w;
    sums[b].y += y * w;
    n += w;
    // Σ over the windows of (p − y_i)², with a share y of them y_i = 1.
    brier += w * (y * (1 - p) ** 2 + (1 - y) * p ** 2);
  }
  if (n === 0) return { ece: 0, brier: 0, windows: 0, bins: [] };
  let ece = 0;
  const bins: CalibrationBin[] = [];
  sums.forEach((s, i) => {
    if (s.n === 0) return;
    const meanProbability = s.p / s.n;
    const observedRate = s.y / s.n;
    ece += (s.n / n) * Math.abs(meanProbability - observedRate);
    bins.push({
      lower: i / binCount,
      upper: (i + 1) / binCount,
      windows: s.n,
      meanProbability,
      observedRate,
    });
  });
  return { ece, brier: brier / n, windows: n, bins };
}
