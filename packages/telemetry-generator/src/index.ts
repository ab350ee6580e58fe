/**
 * Deterministic Prometheus telemetry for the demo catalog, for tests and for
 * benchmarks, written as OpenMetrics for `promtool tsdb create-blocks-from`.
 *
 * @packageDocumentation
 */

export { Rng, deriveSeed, hashString } from './rng';
export type {
  DependencySpec,
  DeploymentSpec,
  ErrorCode,
  Fleet,
  IncidentSpec,
  LatencyProfile,
  SeasonalitySpec,
  ServiceKind,
  ServiceSpec,
} from './fleet';
export { validateFleet } from './fleet';
export { dependencyCycles, evaluationOrder } from './graph';
export { demoFleet } from './demoFleet';
export {
  syntheticFleet,
  syntheticLayerOf,
  defaultLayerCount,
} from './syntheticFleet';
export type { SyntheticFleetOptions } from './syntheticFleet';
export { generateSeries } from './generate';
export type { GenerateOptions, SeriesBlock } from './generate';
export { LiveFeed } from './liveFeed';
export type { LiveFeedOptions } from './liveFeed';
export { liveFeedScrapeConfig, serveLiveFeed } from './liveServer';
export { timeGrid } from './timeGrid';
export type { TimeGridOptions } from './timeGrid';
export { trafficFactor } from './seasonality';
export {
  LATENCY_BUCKETS,
  LATENCY_LE,
  bucketProbabilities,
  formatLe,
  histogramQuantile,
  logNormalCdf,
} from './latency';
export type { CumulativeBucket } from './latency';
export {
  HTTP_DURATION,
  HTTP_REQUESTS,
  SERVICE_GRAPH_FAILED,
  SERVICE_GRAPH_REQUESTS,
  STATUS_CODES,
} from './metrics';
export type { MetricFamily, MetricType } from './metrics';
export {
  familyOf,
  formatLabels,
  formatOpenMetrics,
  formatTimestamp,
  formatValue,
  openMetricsText,
} from './openmetrics';
export type { Labels, MetricSeries, SeriesLike } from './openmetrics';
