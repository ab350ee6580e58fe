import { Gauge, GaugePropsGetColorOptions } from '@backstage/core-components';
import { ErrorBudgetStatus } from '@slo-engine/plugin-slo-common';
import { formatRatio } from '../shared';

function colorOf(status: ErrorBudgetStatus) {
  return ({ palette }: GaugePropsGetColorOptions) => {
    switch (status) {
      case 'healthy':
        return palette.status.ok;
      case 'warning':
        return palette.status.warning;
      case 'critical':
      case 'exhausted':
        return palette.status.error;
      default:
        return palette.status.aborted;
    }
  };
}

/**
 * The share of the budget left as a gauge. The gauge's colour follows the
 * backend's status (its thresholds are configurable), not the gauge's own
 * thirds; an overspent budget shows 0 % on the dial and the overspend in
 * the label.
 */
export function BudgetGauge(props: {
  sli: string;
  remaining: number | null;
  status: ErrorBudgetStatus;
}) {
  const { sli, remaining, status } = props;
  const clamped = remaining === null ? NaN : Math.max(0, remaining);
  let text: string;
  if (remaining === null) text = 'no data';
  else if (remaining < 0) {
    text = `overspent by ${formatRatio(-remaining, 1)} of the budget`;
  } else text = `${formatRatio(remaining, 1)} of the budget remaining`;
  return (
    <div
      role="meter"
      aria-label={`${sli} error budget remaining`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Number.isNaN(clamped) ? undefined : clamped * 100}
      aria-valuetext={text}
      style={{ maxWidth: 180 }}
    >
      <Gauge value={clamped} getColor={colorOf(status)} />
    </div>
  );
}
