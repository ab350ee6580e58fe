import {
  ERROR_BUDGET_STATUSES,
  ErrorBudgetConsumptionBand,
  ErrorBudgetFleetResponse,
  ErrorBudgetStatus,
  ErrorBudgetThresholdsBody,
} from '@slo-engine/plugin-slo-common';
import type { BudgetFleetCounts } from './ErrorBudgetStore';
import { toFleetItem } from './toBudgetBody';
import type { ErrorBudgetSnapshot } from './types';

/** Tenths of the budget, then everything overspent. */
export function consumptionBands(
  shares: number[],
): ErrorBudgetConsumptionBand[] {
  const bands: ErrorBudgetConsumptionBand[] = Array.from(
    { length: 10 },
    (_, i) => ({ from: i / 10, to: (i + 1) / 10, count: 0 }),
  );
  bands.push({ from: 1, to: null, count: 0 });
  for (const share of shares) {
    // Rounding first keeps 0.3 (0.29999… × 10) in the 0.3 band.
    const tenth = Math.floor(Number((Math.max(0, share) * 10).toFixed(9)));
    bands[Math.min(tenth, 10)].count++;
  }
  return bands;
}

export function toFleetResponse(
  snapshots: ErrorBudgetSnapshot[],
  counts: BudgetFleetCounts,
  thresholds: ErrorBudgetThresholdsBody,
): ErrorBudgetFleetResponse {
  const byStatus = Object.fromEntries(
    ERROR_BUDGET_STATUSES.map(s => [s, counts.byStatus[s] ?? 0]),
  ) as Record<ErrorBudgetStatus, number>;
  return {
    items: snapshots.map(toFleetItem),
    summary: {
      entities: counts.entities,
      slis: Object.values(byStatus).reduce((a, b) => a + b, 0),
      by_status: byStatus,
      consumption: consumptionBands(counts.shares),
    },
    thresholds,
    computed_at: counts.newest ? counts.newest.toISOString() : null,
  };
}
