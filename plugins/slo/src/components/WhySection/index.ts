export { WhySection } from './WhySection';
export type { WhySectionProps } from './WhySection';
