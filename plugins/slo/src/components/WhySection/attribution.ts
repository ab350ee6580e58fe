import { AvailabilityRecommendation } from '@slo-engine/plugin-slo-common';
import { formatNumber, formatPp, formatTarget, trimDecimals } from '../shared';

type Attribution =
  AvailabilityRecommendation['explanation']['feature_attribution'][number];

/** One bar of the attribution chart and one row of its table. */
export interface AttributionRow {
  feature: string;
  label: string;
  value: string;
  baseline: string;
  /** Shapley value in percentage points of the balanced target. */
  contributionPp: number;
  contribution: string;
}

const LABELS: Record<string, string> = {
  historical_availability: 'Historical availability',
  dependency_risk: 'Dependency risk',
  external_dependency_reliability: 'External dependency reliability',
  traffic_volume: 'Traffic volume',
  seasonality: 'Seasonality',
  deployment_frequency: 'Deployment frequency',
};

// Features whose value is an availability ratio (0..1); see
// docs/recommendations.md, "Feature attribution".
const RATIOS = new Set([
  'historical_availability',
  'dependency_risk',
  'external_dependency_reliability',
]);

function formatValue(feature: string, value: number): string {
  if (RATIOS.has(feature)) return formatTarget(value * 100);
  if (feature === 'traffic_volume') {
    return `${formatNumber(value, 0)} events/day`;
  }
  if (feature === 'deployment_frequency') {
    return `${trimDecimals(value, 2)} per week`;
  }
  return String(trimDecimals(value, 3));
}

/**
 * The Shapley values of the balanced target as chart and table rows, in
 * the backend's order (largest effect first). Contributions arrive in
 * availability ratio units and are shown in percentage points.
 */
export function attributionRows(items: Attribution[]): AttributionRow[] {
  return items.map(item => {
    const pp = trimDecimals(item.contribution * 100, 4);
    return {
      feature: item.feature,
      label: LABELS[item.feature] ?? item.feature.replace(/_/g, ' '),
      value: formatValue(item.feature, item.value),
      baseline: formatValue(item.feature, item.baseline),
      contributionPp: pp,
      contribution: formatPp(pp),
    };
  });
}
