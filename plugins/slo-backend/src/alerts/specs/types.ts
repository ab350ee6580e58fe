import type { SloAlertSpec } from '@slo-engine/plugin-slo-common';
import type { StoredSlo } from '../../lifecycle/types';
import type { TelemetryMapping } from '../../telemetry/metricMapping';

/** The SLIs an SLO can cover, named like the fields of its targets. */
export type SliKey =
  | 'availability'
  | 'latency_p95_ms'
  | 'latency_p99_ms'
  | 'latency_p999_ms';

/** One SLI of an active SLO, ready for rule generation and budget queries. */
export interface ResolvedSloSpec {
  sli: SliKey;
  spec: SloAlertSpec;
}

/** The alertable SLIs of one entity's active SLO. */
export interface EntitySloSpecs {
  entityRef: string;
  slo: StoredSlo;
  owner?: string;
  system?: string;
  /** How the entity's series are selected (service label and value, metrics). */
  telemetry: TelemetryMapping;
  specs: ResolvedSloSpec[];
  /** Why an SLI of the SLO got no spec, e.g. no latency histogram buckets. */
  notes: string[];
}

/** Filters of fleet-wide exports and budget views. */
export interface FleetFilter {
  /** Owner ref, e.g. `group:default/payments`. */
  owner?: string;
  /** System ref, e.g. `system:default/shop`. */
  system?: string;
}

/** Where routers and tasks get alert specs of active SLOs from. */
export interface AlertSpecSource {
  /** Throws NotFoundError when the entity has no active SLO. */
  specsFor(entityRef: string): Promise<EntitySloSpecs>;
  /** Every entity with an active SLO that matches the filter. */
  specsForFleet(filter?: FleetFilter): Promise<EntitySloSpecs[]>;
}
