import {
  ErrorBudgetResponse,
  ErrorBudgetSliBody,
  ErrorBudgetStatus,
  SloBody,
  SloTargets,
} from '@slo-engine/plugin-slo-common';
import {
  formatMinutes,
  formatPercent,
  formatSliTarget,
  sliLabel,
} from '../shared';

/** One line of the card: an SLI, its target and what is left of its budget. */
export interface BudgetCardRow {
  key: string;
  sli: string;
  target: string;
  remaining: string;
  status?: ErrorBudgetStatus;
}

function remaining(sli: ErrorBudgetSliBody): string {
  if (sli.consumed_share === null) return 'No data';
  if (sli.consumed_share >= 1) {
    return `Spent (${formatMinutes(sli.remaining_minutes)})`;
  }
  return `${formatPercent(1 - sli.consumed_share)} (${formatMinutes(
    sli.remaining_minutes,
  )})`;
}

/**
 * The card's rows: every SLI with a budget, then the SLO's other targets
 * (a budget is not computed yet, or not for that SLI, e.g. p95 latency).
 */
export function budgetCardRows(
  slo: SloBody,
  budget: ErrorBudgetResponse | undefined,
): BudgetCardRow[] {
  const targets = slo.targets as Record<string, number | undefined>;
  const rows: BudgetCardRow[] = (budget?.slis ?? []).map(sli => ({
    key: sli.sli,
    sli: sliLabel(sli.sli),
    target:
      targets[sli.sli] !== undefined
        ? formatSliTarget(sli.sli, targets[sli.sli]!)
        : formatPercent(sli.objective, 2),
    remaining: remaining(sli),
    status: sli.status,
  }));
  const withBudget = new Set(rows.map(r => r.key));
  for (const [key, value] of Object.entries(slo.targets) as Array<
    [keyof SloTargets, number | undefined]
  >) {
    if (value === undefined || withBudget.has(key)) continue;
    rows.push({
      key,
      sli: sliLabel(key),
      target: formatSliTarget(key, value),
      remaining: budget ? 'No budget for this SLI' : 'Not computed yet',
    });
  }
  return rows;
}
