export * from './types';
export { mulberry32, randomIndex } from './rng';
export type { Rng } from './rng';
export {
  dayOfWeek,
  historyCoverage,
  isDataDay,
  normaliseHistory,
} from './history';
export type { HistoryCoverage } from './history';
export { jeffreysRate, quantileSorted } from './stats';
export {
  DEFAULT_MIN_COVERAGE,
  DEFAULT_WINDOW_DAYS,
  rollingWindows,
} from './rollingWindows';
export type { RollingWindow, RollingWindowOptions } from './rollingWindows';
export {
  blockBootstrap,
  bootstrapAvailabilityCi,
  circularBlockResample,
  DEFAULT_BLOCK_LENGTH,
  DEFAULT_REPLICATES,
  percentileInterval,
} from './bootstrap';
export type { AvailabilityInterval, BlockBootstrapOptions } from './bootstrap';
export { breachProbability } from './breachProbability';
export type {
  BreachEstimate,
  BreachMethod,
  BreachOptions,
} from './breachProbability';
export {
  AVAILABILITY_LADDER,
  availabilityStepDown,
  availabilityStepUp,
  latencyLadder,
  latencyStepDown,
  latencyStepUp,
  roundAvailabilityDown,
  roundLatencyUp,
} from './roundTarget';
export {
  availabilityTiers,
  MAX_AGGRESSIVE_BREACH,
  MIN_BUDGET_EVENTS,
  observedLevels,
  TIER_QUANTILES,
  tierTarget,
  volumeCap,
} from './availabilityTiers';
export type {
  AvailabilityTier,
  AvailabilityTierOptions,
  CapReason,
  TierCaps,
} from './availabilityTiers';
export { LATENCY_TIER_RULES, latencyTiers } from './latencyTiers';
export type {
  LatencyPercentile,
  LatencyPrior,
  LatencyTier,
  LatencyTierRule,
} from './latencyTiers';
export { ARCHETYPES, chooseArchetype } from './archetypes';
export type {
  Archetype,
  ArchetypeChoice,
  ArchetypeEntity,
  ArchetypeId,
} from './archetypes';
export {
  archetypeLevels,
  blendAvailability,
  MAX_LOOKBACK_DAYS,
  MIN_INDEPENDENT_WINDOWS,
  PREDICTIVE_TIER_QUANTILES,
  resolveLevels,
  SYNTHETIC_TIER_QUANTILES,
} from './coldStart';
export type { ResolvedLevels } from './coldStart';
export { featureShapley, MAX_SHAPLEY_PLAYERS, shapleyValues } from './shapley';
export type { CoalitionValue } from './shapley';
export {
  attributeBalancedTarget,
  deseasonalise,
  seasonality,
} from './attribution';
export type {
  AttributionInput,
  FeatureAttribution,
  FeatureName,
  FleetBaseline,
} from './attribution';
export {
  DEFAULT_FLEET_PRIOR,
  EXCURSION_FACTOR,
  EXCURSION_MIN_MINUTES,
  findExcursions,
  predictiveWindows,
} from './incidentModel';
export type {
  Excursions,
  FleetPrior,
  PredictiveWindows,
} from './incidentModel';
export { counterfactuals } from './counterfactuals';
export type { Counterfactual } from './counterfactuals';
export { balancedTarget, meanDailyEvents } from './model';
export type { BalancedResult, TierModelInput } from './model';
export { dependencyImpact, summarise } from './explain';
export type { DependencyImpact, Explanation, SummaryFacts } from './explain';
export { formatPercent } from './format';
export { MIN_COMPLETENESS, recommendSlo } from './recommend';
export type {
  CompositeInput,
  DataQuality,
  RecommendSloInput,
  SloRecommendation,
} from './recommend';
