import {
  ErrorBudgetStatus,
  ErrorBudgetThresholdsBody,
} from '@slo-engine/plugin-slo-common';
import { formatRatio } from './format';

const LABELS: Record<ErrorBudgetStatus, string> = {
  healthy: 'Healthy',
  warning: 'Warning',
  critical: 'Critical',
  exhausted: 'Exhausted',
  no_data: 'No data',
};

/** The name of a budget status: `no_data` → `No data`. */
export function budgetStatusLabel(status: ErrorBudgetStatus): string {
  return LABELS[status] ?? status;
}

/** The threshold rule that gives a budget status, in words. */
export function budgetStatusExplanation(
  status: ErrorBudgetStatus,
  thresholds: ErrorBudgetThresholdsBody,
): string {
  const warning = formatRatio(thresholds.warning, 1);
  const critical = formatRatio(thresholds.critical, 1);
  switch (status) {
    case 'healthy':
      return `less than ${warning} of the budget spent`;
    case 'warning':
      return `${warning} or more of the budget spent (critical from ${critical})`;
    case 'critical':
      return `${critical} or more of the budget spent`;
    case 'exhausted':
      return 'the whole budget is spent';
    default:
      return 'Prometheus has no series for this SLI over the SLO window, so nothing can be said about its budget';
  }
}
