export { DecideSection } from './DecideSection';
export type { DecideSectionProps } from './DecideSection';
export type { DecisionResponse } from './DecidePanel';
