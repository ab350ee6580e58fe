/**
 * Input and result shapes of `impactAnalysis` (FR-4). Availabilities and
 * targets are ratios in [0, 1]; deltas are differences of ratios.
 */

import { DependencyCycle } from './tarjan';
import { DependencyGraph } from './types';

/** Input of `impactAnalysis`. @public */
export interface ImpactAnalysisOptions {
  /**
   * The dependency graph, each node carrying the availability it
   * contributes (its active SLO target, else its observed availability)
   * and, for external systems, its published SLA.
   */
  graph: DependencyGraph;
  /** Id of the service whose availability changes. */
  changed: string;
  /** The changed service's availability today, in [0, 1]. */
  current: number;
  /** The availability proposed for it, in [0, 1]. */
  proposed: number;
  /** Active SLO availability targets of services that have one. */
  targets: ReadonlyMap<string, number>;
  /** Hard synchronous hops the composite follows (default 10). */
  maxDepth?: number;
}

/**
 * How the change reaches an upstream service: through hard synchronous
 * edges within the depth limit (`hard`), only through soft, degraded or
 * asynchronous edges, which the composite leaves out (`soft-or-async`), or
 * through hard edges beyond the depth limit (`beyond-depth`). Only `hard`
 * can move the composite.
 * @public
 */
export type ImpactPath = 'hard' | 'soft-or-async' | 'beyond-depth';

/** One service that depends on the changed one. @public */
export interface ImpactedService {
  id: string;
  /** `upstream` when it calls the changed service directly. */
  relationship: 'upstream' | 'upstream (transitive)';
  via: ImpactPath;
  /** Composite bound of its dependencies with the current value. */
  currentComposite: number;
  /** The same with the proposed value. */
  projectedComposite: number;
  /** `projectedComposite - currentComposite`. */
  delta: number;
  /** Its active SLO target, when it has one. */
  sloTarget?: number;
  /** Projected composite below its target; null without an active SLO. */
  sloAtRisk: boolean | null;
  /** True when the composite was below the target before the change. */
  alreadyBelowTarget: boolean;
  /** Indices into `ImpactAnalysisResult.cycles` its paths to the change pass. */
  cycles: number[];
  /** Evaluated dependencies of unknown availability (counted as 1). */
  unknownDependencies: number;
  /** One sentence on why it is, or is not, at risk. */
  riskDetail: string;
}

/** A hard dependency cycle that reaches the changed service. @public */
export interface ImpactCycle extends DependencyCycle {
  /** Supernode (weakest known member) availability before the change. */
  currentAvailability?: number;
  /** The same with the proposed value. */
  projectedAvailability?: number;
  /** True when the changed service is a member. */
  containsChanged: boolean;
}

/** Output of `impactAnalysis`. @public */
export interface ImpactAnalysisResult {
  changed: string;
  current: number;
  proposed: number;
  /** Every upstream service, largest |delta| first, then by id. */
  impacted: ImpactedService[];
  cycles: ImpactCycle[];
  /** Evaluated nodes of unknown availability, over all upstream services. */
  unknownAvailability: string[];
  /** Upstream services computed by the per-service fallback (redundancy, cut cycles). */
  fallbackCount: number;
}
