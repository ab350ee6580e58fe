import {
  EntityPathParams,
  ErrorBudgetBurnDownResponse,
  ErrorBudgetResponse,
  SlaEntityReport,
  SlaTargetState,
} from '@slo-engine/plugin-slo-common';
import { servicePath, SloRequests } from './request';

export function getErrorBudget(
  requests: SloRequests,
  ref: EntityPathParams,
): Promise<ErrorBudgetResponse | undefined> {
  return requests.jsonOrUndefined(`${servicePath(ref)}/slos/error-budget`);
}

export function getBurnDown(
  requests: SloRequests,
  ref: EntityPathParams,
): Promise<ErrorBudgetBurnDownResponse> {
  return requests.json(
    'GET',
    `${servicePath(ref)}/slos/error-budget/burn-down`,
  );
}

export function getSla(
  requests: SloRequests,
  ref: EntityPathParams,
): Promise<SlaTargetState> {
  return requests.json('GET', `${servicePath(ref)}/sla`);
}

export function getSlaReport(
  requests: SloRequests,
  ref: EntityPathParams,
  options: { months?: number } = {},
): Promise<SlaEntityReport | undefined> {
  return requests.jsonOrUndefined(`${servicePath(ref)}/sla-report`, {
    query: { months: options.months },
  });
}
