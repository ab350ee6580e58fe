export type {
  DependencyCriticality,
  DependencyMode,
  DependencyGraph,
  DependencyGraphEdge,
  DependencyGraphNode,
} from './types';
export type { DependencyCycle, DirectedEdge } from './tarjan';
export { findCycles, stronglyConnectedComponents } from './tarjan';
export type {
  AvailabilitySource,
  ResolvedAvailability,
} from './externalAvailability';
export {
  adjustPublishedSla,
  PUBLISHED_SLA_HAIRCUT,
  resolveAvailability,
} from './externalAvailability';
export {
  errorBudgetShare,
  formatAvailabilityPercent,
  HIGH_BUDGET_SHARE,
  requiredDependencyAvailability,
  unachievableTargetMessage,
} from './budget';
export type { CompositeMethod } from './reliability';
export type {
  BudgetShare,
  CompositeAvailabilityOptions,
  CompositeAvailabilityResult,
  DependencyRisk,
  HardDependency,
  SupernodeCycle,
} from './compositeTypes';
export {
  compositeAvailability,
  DEFAULT_MAX_DEPTH,
  EXACT_SHARED_NODE_LIMIT,
} from './compositeAvailability';
export type {
  ImpactAnalysisOptions,
  ImpactAnalysisResult,
  ImpactCycle,
  ImpactedService,
  ImpactPath,
} from './impactTypes';
export { impactAnalysis } from './impactAnalysis';
export { impactSummarySentence, riskDetail } from './impactDetail';
