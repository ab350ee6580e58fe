export { DependencyGraphSection } from './DependencyGraphSection';
