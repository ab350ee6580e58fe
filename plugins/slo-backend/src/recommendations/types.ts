// The response types live in slo-common so the frontend reads the same ones.
export type {
  AvailabilityRecommendation,
  AvailabilityTierBody,
  DataQualityBody,
  DependencyImpactBody,
  LatencyRecommendation,
  LatencyTierBody,
  RecommendationStatus,
  SliTypeQuery,
  SloRecommendationResponse,
  TelemetryGap,
} from '@slo-engine/plugin-slo-common';
