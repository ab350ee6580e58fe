export { RecommendationSection } from './RecommendationSection';
export type { RecommendationSectionProps } from './RecommendationSection';
