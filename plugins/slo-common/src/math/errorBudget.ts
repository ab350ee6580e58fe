/**
 * Error budget arithmetic shared by recommendations, budgets and alerts.
 * Targets are ratios in (0, 1), e.g. 0.999.
 */

const MINUTES_PER_DAY = 24 * 60;

function assertTarget(target: number): void {
  if (!(target > 0 && target < 1)) {
    throw new RangeError(`SLO target must be in (0, 1), got ${target}`);
  }
}

/**
 * Minutes of full unavailability a target allows over a window.
 * 99.9% over 30 days allows 43.2 minutes.
 * @public
 */
export function errorBudgetMinutes(target: number, windowDays: number): number {
  assertTarget(target);
  if (!(windowDays > 0)) {
    throw new RangeError(`window must be positive, got ${windowDays} days`);
  }
  return (1 - target) * windowDays * MINUTES_PER_DAY;
}

/**
 * Fraction of the error budget still unspent after `good` of `total`
 * events succeeded; negative when the budget is overspent, 1 when there
 * was no traffic.
 * @public
 */
export function errorBudgetRemaining(
  target: number,
  good: number,
  total: number,
): number {
  assertTarget(target);
  if (good < 0 || total < 0 || good > total) {
    throw new RangeError(
      `need 0 <= good <= total, got good=${good} total=${total}`,
    );
  }
  if (total === 0) return 1;
  const allowedBad = (1 - target) * total;
  return 1 - (total - good) / allowedBad;
}

/**
 * How many times faster than sustainable the budget burns at an observed
 * error ratio: 1 spends exactly the budget over the SLO window.
 * @public
 */
export function burnRate(target: number, errorRatio: number): number {
  assertTarget(target);
  if (!(errorRatio >= 0 && errorRatio <= 1)) {
    throw new RangeError(`error ratio must be in [0, 1], got ${errorRatio}`);
  }
  return errorRatio / (1 - target);
}
