import {
  EntityPathParams,
  ErrorBudgetBurnDownResponse,
  ErrorBudgetResponse,
  SloBody,
} from '@slo-engine/plugin-slo-common';
import { SloApi } from '../../api';

/** What the budget card shows; everything but `slo` absent without one. */
export interface ActiveBudget {
  slo?: SloBody;
  budget?: ErrorBudgetResponse;
  burnDown?: ErrorBudgetBurnDownResponse;
}

/**
 * The active SLO first: without one the budget routes answer 404, which
 * would read as an error instead of the "decide first" empty state.
 */
export async function loadActiveBudget(
  api: SloApi,
  ref: EntityPathParams,
): Promise<ActiveBudget> {
  const slo = await api.getActiveSlo(ref);
  if (!slo) return {};
  const [budget, burnDown] = await Promise.all([
    api.getErrorBudget(ref),
    api.getBurnDown(ref),
  ]);
  return { slo, budget, burnDown };
}
