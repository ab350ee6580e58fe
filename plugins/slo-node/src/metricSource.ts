/** Which telemetry an entity maps to, as resolved from config and annotations. */
export interface SloMetricTarget {
  /** Lower-case `kind:namespace/name` of the catalog entity. */
  entityRef: string;
  /** The label value (or equivalent) that identifies the service in the source. */
  serviceName: string;
}

/** Good and total events of one entity, one point per step. Times are unix seconds. */
export interface SloEventCounts {
  entityRef: string;
  points: { timestamp: number; good: number; total: number }[];
}

/** Latency quantiles of one entity in seconds, one point per step. */
export interface SloLatencyQuantiles {
  entityRef: string;
  points: { timestamp: number; quantiles: Record<string, number> }[];
}

/** A time window read at a fixed resolution. */
export interface SloTimeRange {
  start: number;
  end: number;
  stepSeconds: number;
}

/**
 * A backend of service-level telemetry other than the built-in Prometheus
 * reader, e.g. Datadog or CloudWatch. Implementations own their queries; the
 * engine only asks for event counts and latency quantiles.
 * @public
 */
export interface SloMetricSource {
  /** Stable identifier, shown in readiness and provenance, e.g. `datadog`. */
  readonly id: string;
  /** Throws when the source cannot be reached with its configuration. */
  ping(): Promise<void>;
  readEventCounts(
    targets: SloMetricTarget[],
    range: SloTimeRange,
  ): Promise<SloEventCounts[]>;
  readLatencyQuantiles(
    targets: SloMetricTarget[],
    range: SloTimeRange,
    quantiles: number[],
  ): Promise<SloLatencyQuantiles[]>;
}
