import {
  AvailabilityRecommendation,
  LatencyRecommendation,
  SloRecommendationResponse,
  SloTier,
} from '@slo-engine/plugin-slo-common';

/** Tiers in the order the tables and the decision form show them. */
export const TIERS: readonly SloTier[] = [
  'conservative',
  'balanced',
  'aggressive',
];

export const TIER_LABELS: Record<SloTier, string> = {
  conservative: 'Conservative',
  balanced: 'Balanced',
  aggressive: 'Aggressive',
};

/** The availability part of a response; absent for `sli_type=latency`. */
export function availabilityOf(
  body: SloRecommendationResponse,
): AvailabilityRecommendation | undefined {
  return body.recommendations.find(
    (r): r is AvailabilityRecommendation => r.sli_type === 'availability',
  );
}

/** The latency part of a response; absent for `sli_type=availability`. */
export function latencyOf(
  body: SloRecommendationResponse,
): LatencyRecommendation | undefined {
  return body.recommendations.find(
    (r): r is LatencyRecommendation => r.sli_type === 'latency',
  );
}

/**
 * True when the engine found no telemetry at all, so every tier is the
 * archetype's baseline and the owner should map the entity's metrics.
 */
export function hasNoTelemetry(body: SloRecommendationResponse): boolean {
  return body.data_quality.data_days === 0;
}
