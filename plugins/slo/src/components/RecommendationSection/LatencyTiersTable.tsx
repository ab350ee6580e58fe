import { LatencyRecommendation } from '@slo-engine/plugin-slo-common';
import { formatMs, formatProbability, formatRatio } from '../shared';
import { TierTable } from './TierTable';

const SOURCES: Record<LatencyRecommendation['source'], string> = {
  data: 'from the latency histograms',
  blend: 'blended with the archetype baseline where data is short',
  archetype: 'no latency data: the archetype baseline',
};

/** Each latency tier targets its own percentile (p99.9, p99, p95). */
export function LatencyTiersTable(props: { latency: LatencyRecommendation }) {
  const { tiers, source } = props.latency;
  return (
    <TierTable
      caption="Latency"
      note={SOURCES[source]}
      rows={[
        { label: 'Percentile', cell: t => tiers[t].percentile },
        {
          label: 'Target',
          cell: t => `\u2264 ${formatMs(tiers[t].target_ms)}`,
        },
        {
          label: 'Observed',
          cell: t => {
            const tier = tiers[t];
            if (tier.observed_ms === null) return 'no data';
            const margin = tier.noise_margin
              ? ` + ${formatRatio(tier.noise_margin, 0)} margin`
              : '';
            return `${formatMs(tier.observed_ms)}${margin}`;
          },
        },
        {
          label: 'Breach probability',
          cell: t => {
            const tier = tiers[t];
            const odds = formatProbability(tier.estimated_breach_probability);
            return tier.windows
              ? `${odds} (${tier.breaches} of ${tier.windows} windows)`
              : odds;
          },
        },
      ]}
    />
  );
}
