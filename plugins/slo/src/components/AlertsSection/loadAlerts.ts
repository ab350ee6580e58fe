import {
  AlertOverviewResponse,
  EntityPathParams,
  ErrorBudgetResponse,
  SloBody,
} from '@slo-engine/plugin-slo-common';
import { SloApi } from '../../api';

/** What the alerts card shows; nothing but `slo` absent without one. */
export interface AlertsState {
  slo?: SloBody;
  overview?: AlertOverviewResponse;
  /** Traffic for the dynamic thresholds; its failure only hides the chart. */
  budget?: ErrorBudgetResponse;
  budgetError?: Error;
}

/**
 * The active SLO first: without one the alert routes answer 404, which
 * would read as an error instead of the "decide first" empty state.
 */
export async function loadAlerts(
  api: SloApi,
  ref: EntityPathParams,
): Promise<AlertsState> {
  const slo = await api.getActiveSlo(ref);
  if (!slo) return {};
  const [overview, traffic] = await Promise.all([
    api.getAlertOverview(ref),
    api.getErrorBudget(ref).then(
      budget => ({ budget, budgetError: undefined }),
      (budgetError: Error) => ({ budget: undefined, budgetError }),
    ),
  ]);
  return { slo, overview, ...traffic };
}
