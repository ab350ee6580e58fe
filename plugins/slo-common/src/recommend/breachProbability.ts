/**
 * Probability that an availability target is missed over an SLO window.
 */

import {
  blockBootstrap,
  BlockBootstrapOptions,
  dataDayCounts,
  ratioOfSums,
} from './bootstrap';
import { rollingWindows } from './rollingWindows';
import { jeffreysRate } from './stats';
import { DailySli } from './types';

/** How a breach probability was estimated. @public */
export type BreachMethod =
  | 'rolling-windows'
  | 'block-bootstrap'
  | 'incident-model'
  | 'no-data';

/** A breach probability and the counts behind it. @public */
export interface BreachEstimate {
  /** Jeffreys posterior mean `(breaches + ½) / (windows + 1)`. */
  probability: number;
  /** Windows (historical or synthetic) below the target. */
  breaches: number;
  windows: number;
  /** Non-overlapping windows the history holds: the real sample size. */
  independentWindows: number;
  method: BreachMethod;
}

/** Options of `breachProbability`. @public */
export interface BreachOptions extends BlockBootstrapOptions {
  /** SLO window in days (default 30). */
  windowDays?: number;
}

/**
 * Estimates P(window availability < target).
 *
 * With at least one full historical window: the share of rolling windows
 * (stepping one day) below the target. Without: the share of synthetic
 * windows of `windowDays` days drawn by circular block bootstrap from the
 * days with data. Either count goes through the Jeffreys prior Beta(½, ½),
 * so no breach in m windows gives `0.5 / (m + 1)` rather than 0.
 * @public
 */
export function breachProbability(
  history: readonly DailySli[],
  target: number,
  options: BreachOptions,
): BreachEstimate {
  const windowDays = options.windowDays ?? 30;
  const dataDays = dataDayCounts(history);
  const independentWindows = Math.floor(dataDays.length / windowDays);
  const windows = rollingWindows(history, { windowDays });
  if (windows.length > 0) {
    const breaches = windows.filter(w => w.availability < target).length;
    return {
      probability: jeffreysRate(breaches, windows.length),
      breaches,
      windows: windows.length,
      independentWindows,
      method: 'rolling-windows',
    };
  }
  if (dataDays.length === 0) {
    return {
      probability: jeffreysRate(0, 0),
      breaches: 0,
      windows: 0,
      independentWindows: 0,
      method: 'no-data',
    };
  }
  const [synthetic] = blockBootstrap(dataDays, s => [ratioOfSums(s)], {
    ...options,
    length: windowDays,
  });
  const breaches = synthetic.filter(a => a < target).length;
  return {
    probability: jeffreysRate(breaches, synthetic.length),
    breaches,
    windows: synthetic.length,
    independentWindows,
    method: 'block-bootstrap',
  };
}
