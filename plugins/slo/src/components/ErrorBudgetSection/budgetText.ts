import { ErrorBudgetSliBody } from '@slo-engine/plugin-slo-common';
import { formatDateTime, formatFactor } from '../shared';

/**
 * When the budget runs out, in words: the date at the projection window's
 * burn rate, or why there is none (not burning, too few samples, spent).
 */
export function exhaustionText(sli: ErrorBudgetSliBody): string {
  if (sli.status === 'no_data') return 'Unknown: no data for this SLI';
  if (sli.consumed_share !== null && sli.consumed_share >= 1) {
    return 'Already exhausted';
  }
  const window = sli.projection_window;
  if (sli.projection_burn_rate === null) {
    return `Unknown: the last ${window} holds too few samples for a burn rate`;
  }
  if (sli.projected_exhaustion === null) {
    return `Not burning: the last ${window} used no budget`;
  }
  return `${formatDateTime(
    sli.projected_exhaustion,
  )} at the last ${window}'s burn rate of ${formatFactor(
    sli.projection_burn_rate,
  )}`;
}

/** Remaining share of the budget, 0.4 for 60 % spent; null without data. */
export function remainingShare(sli: ErrorBudgetSliBody): number | null {
  return sli.consumed_share === null ? null : 1 - sli.consumed_share;
}
