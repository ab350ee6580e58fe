/**
 * The state of an SLO's error budget over its window: allowed, consumed and
 * remaining (in events and in full-outage minutes), burn rates, projected
 * exhaustion and a status. Targets are ratios in (0, 1).
 */

import { burnRate, errorBudgetMinutes } from './errorBudget';

/** Budget status, by the share consumed. @public */
export type BudgetStatus = 'healthy' | 'warning' | 'critical' | 'exhausted';

/** Consumed shares at which the status turns warning and critical. @public */
export interface BudgetThresholds {
  warning: number;
  critical: number;
}

/** 50% consumed is a warning, 80% critical, 100% exhausted. @public */
export const DEFAULT_BUDGET_THRESHOLDS: BudgetThresholds = {
  warning: 0.5,
  critical: 0.8,
};

/** Good and total events of a window, e.g. the last hour. @public */
export interface EventCounts {
  good: number;
  total: number;
}

/** Input of {@link errorBudgetState}. @public */
export interface ErrorBudgetInput {
  target: number;
  windowDays: number;
  /** Events over the SLO window so far. */
  window: EventCounts;
  /** Burn-rate windows by name (e.g. `1h`, `6h`) with their events. */
  recent?: Record<string, EventCounts>;
  /** Which `recent` window projects exhaustion; default the first given. */
  projectFrom?: string;
  /** Milliseconds since the epoch; exhaustion dates count from here. */
  now: number;
  thresholds?: BudgetThresholds;
}

/** Output of {@link errorBudgetState}. @public */
export interface ErrorBudgetState {
  allowedEvents: number;
  consumedEvents: number;
  remainingEvents: number;
  allowedMinutes: number;
  consumedMinutes: number;
  remainingMinutes: number;
  /** Consumed / allowed; 0 without traffic. Above 1 when overspent. */
  consumedShare: number;
  /** Burn rate per `recent` window (1 spends the budget in one window). */
  burnRates: Record<string, number>;
  /**
   * When the budget runs out at the projecting window's burn rate;
   * undefined when it is not burning (or there is nothing to project
   * from), `now` when it already ran out.
   */
  exhaustsAt?: number;
  status: BudgetStatus;
}

const MS_PER_DAY = 86_400_000;

function checkCounts(name: string, c: EventCounts) {
  if (!(c.good >= 0 && c.total >= c.good)) {
    throw new RangeError(
      `${name}: need 0 <= good <= total, got good=${c.good} total=${c.total}`,
    );
  }
}

function statusOf(share: number, t: BudgetThresholds): BudgetStatus {
  if (share >= 1) return 'exhausted';
  if (share >= t.critical) return 'critical';
  if (share >= t.warning) return 'warning';
  return 'healthy';
}

/**
 * The error budget of one SLO. The budget is event-based: the window's
 * traffic times (1 − target), so a quiet window allows fewer failures.
 * Minutes are full-outage equivalents: the consumed share of the
 * window's allowed minutes.
 * @public
 */
export function errorBudgetState(input: ErrorBudgetInput): ErrorBudgetState {
  const { target, windowDays, window: w } = input;
  checkCounts('window', w);
  const thresholds = input.thresholds ?? DEFAULT_BUDGET_THRESHOLDS;
  if (!(thresholds.warning > 0 && thresholds.warning <= thresholds.critical)) {
    throw new RangeError('need 0 < warning <= critical');
  }
  const allowedMinutes = errorBudgetMinutes(target, windowDays);
  // 1 − 0.99 is 0.010000000000000009 in binary: without rounding, exactly
  // half the budget would read as 0.49999… and stay "healthy".
  const budgetRatio = Number((1 - target).toPrecision(12));
  const allowedEvents = budgetRatio * w.total;
  const consumedEvents = w.total - w.good;
  const consumedShare = allowedEvents > 0 ? consumedEvents / allowedEvents : 0;

  const burnRates: Record<string, number> = {};
  for (const [name, c] of Object.entries(input.recent ?? {})) {
    checkCounts(name, c);
    burnRates[name] =
      c.total > 0 ? burnRate(target, (c.total - c.good) / c.total) : 0;
  }
  const from = input.projectFrom ?? Object.keys(burnRates)[0];
  if (from !== undefined && !(from in burnRates)) {
    throw new RangeError(`projectFrom names no recent window: ${from}`);
  }
  const rate = from === undefined ? 0 : burnRates[from];
  let exhaustsAt: number | undefined;
  if (consumedShare >= 1) exhaustsAt = input.now;
  else if (rate > 0) {
    // At burn rate b the budget lasts windowDays / b from empty.
    const days = ((1 - consumedShare) * windowDays) / rate;
    exhaustsAt = input.now + days * MS_PER_DAY;
  }

  return {
    allowedEvents,
    consumedEvents,
    remainingEvents: allowedEvents - consumedEvents,
    allowedMinutes,
    consumedMinutes: consumedShare * allowedMinutes,
    remainingMinutes: (1 - consumedShare) * allowedMinutes,
    consumedShare,
    burnRates,
    ...(exhaustsAt === undefined ? {} : { exhaustsAt }),
    status: statusOf(consumedShare, thresholds),
  };
}
