/**
 * Error budget views of a composite bound: how much of a target's budget a
 * dependency uses, and the "one more nine" rule for critical dependencies.
 */

/**
 * Share of the error budget above which a dependency is a high risk.
 * @public
 */
export const HIGH_BUDGET_SHARE = 0.3;

function assertTarget(target: number): void {
  if (!(target > 0 && target < 1)) {
    throw new RangeError(`SLO target must be in (0, 1), got ${target}`);
  }
}

/**
 * Availability a critical dependency should offer for a service to meet
 * `target`: one more nine, i.e. a tenth of the unavailability
 * (0.9999 needs 0.99999).
 * @public
 */
export function requiredDependencyAvailability(target: number): number {
  assertTarget(target);
  return 1 - (1 - target) / 10;
}

/**
 * Fraction of the error budget of `target` that a dependency of the given
 * availability uses up: `(1 - availability) / (1 - target)`. Above 1 the
 * dependency alone breaks the target.
 * @public
 */
export function errorBudgetShare(availability: number, target: number): number {
  assertTarget(target);
  return (1 - availability) / (1 - target);
}

/** Fewest decimals (at least 2) that show a ratio as a percentage exactly. */
function decimalsFor(ratio: number): number {
  for (let decimals = 2; decimals < 6; decimals++) {
    const scaled = ratio * 100 * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return decimals;
  }
  return 6;
}

/**
 * A ratio as a percentage, e.g. `0.9999` as `"99.99%"`. Without
 * `decimals`, uses the fewest (at least 2) that show the ratio exactly, up
 * to 6. With `roundDown`, truncates instead of rounding, so that a bound
 * never reads higher than it is.
 * @public
 */
export function formatAvailabilityPercent(
  ratio: number,
  decimals: number = decimalsFor(ratio),
  roundDown = false,
): string {
  const scale = 10 ** decimals;
  const percent = ratio * 100 * scale;
  const value = roundDown ? Math.floor(percent + 1e-7) : Math.round(percent);
  return `${(value / scale).toFixed(decimals)}%`;
}

/**
 * Explains why a target is out of reach and what the dependencies would
 * need, e.g. for 99.99%: each hard dependency at about 99.999%.
 * @public
 */
export function unachievableTargetMessage(
  bound: number,
  target: number,
  hardDependencyCount: number,
): string {
  const decimals = decimalsFor(target);
  const required = requiredDependencyAvailability(target);
  const dependencies =
    hardDependencyCount === 1
      ? '1 hard dependency'
      : `${hardDependencyCount} hard dependencies`;
  return (
    `Target ${formatAvailabilityPercent(
      target,
      decimals,
    )} is not achievable: ` +
    `with ${dependencies} the composite availability is at most ` +
    `${formatAvailabilityPercent(
      bound,
      decimals,
      true,
    )}. Each hard dependency ` +
    `needs about ${formatAvailabilityPercent(required)} ` +
    `(one more nine than the target).`
  );
}
