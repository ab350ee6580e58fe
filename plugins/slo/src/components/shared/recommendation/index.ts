export { useRecommendation } from './useRecommendation';
export type { RecommendationState } from './useRecommendation';
export { WithRecommendation } from './WithRecommendation';
export { RecommendationFrame } from './RecommendationFrame';
export type { RecommendationFrameProps } from './RecommendationFrame';
export {
  availabilityOf,
  hasNoTelemetry,
  latencyOf,
  TIER_LABELS,
  TIERS,
} from './tiers';
