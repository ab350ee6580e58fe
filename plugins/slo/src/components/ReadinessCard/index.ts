export { ReadinessCard } from './ReadinessCard';
