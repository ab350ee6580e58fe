import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import {
  ErrorBudgetStatus,
  ErrorBudgetThresholdsBody,
} from '@slo-engine/plugin-slo-common';
import { budgetStatusExplanation, budgetStatusLabel } from './budgetStatus';

const ICONS = {
  healthy: StatusOK,
  warning: StatusWarning,
  critical: StatusError,
  exhausted: StatusError,
  no_data: StatusAborted,
};

/**
 * An error budget status with its colour and its name (never colour
 * alone). With the thresholds it also states the rule that gave it, in
 * plain text rather than a tooltip, so it is readable on touch screens.
 */
export function BudgetStatus(props: {
  status: ErrorBudgetStatus;
  thresholds?: ErrorBudgetThresholdsBody;
}) {
  const { status, thresholds } = props;
  const Icon = ICONS[status] ?? StatusAborted;
  const label = budgetStatusLabel(status);
  if (!thresholds) return <Icon>{label}</Icon>;
  return (
    <Icon>
      <strong>{label}</strong>: {budgetStatusExplanation(status, thresholds)}
    </Icon>
  );
}
