import { AvailabilityRecommendation } from '@slo-engine/plugin-slo-common';
import {
  formatBudgetMinutes,
  formatInterval,
  formatProbability,
  formatTarget,
  TIERS,
} from '../shared';
import { TierRow, TierTable } from './TierTable';

const CAPS = {
  'composite-bound': 'dependency chain',
  'traffic-volume': 'traffic volume',
};

/** Target, monthly budget, breach odds and interval of each availability tier. */
export function AvailabilityTiersTable(props: {
  availability: AvailabilityRecommendation;
}) {
  const { tiers } = props.availability;
  const rows: TierRow[] = [
    { label: 'Target', cell: t => formatTarget(tiers[t].target) },
    {
      label: 'Monthly error budget',
      cell: t => formatBudgetMinutes(tiers[t].error_budget_monthly_minutes),
    },
    {
      label: 'Breach probability',
      cell: t => formatProbability(tiers[t].estimated_breach_probability),
    },
    {
      label: '95% confidence interval',
      cell: t => formatInterval(tiers[t].confidence_interval),
    },
  ];
  // Only worth a row when a cap applied: it explains a lower target.
  if (TIERS.some(t => tiers[t].capped_by)) {
    rows.push({
      label: 'Capped by',
      cell: t => {
        const cap = tiers[t].capped_by;
        return cap ? CAPS[cap] : 'nothing';
      },
    });
  }
  return (
    <TierTable
      caption="Availability"
      note="monthly budgets are minutes of full outage per 30 days"
      rows={rows}
    />
  );
}
