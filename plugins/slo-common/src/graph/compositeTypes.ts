/**
 * Options and result shapes of `compositeAvailability`.
 */

import { AvailabilitySource } from './externalAvailability';
import { CompositeMethod } from './reliability';
import { DependencyCycle } from './tarjan';
import { DependencyGraph, DependencyGraphEdge } from './types';

/** Input of `compositeAvailability`. @public */
export interface CompositeAvailabilityOptions {
  graph: DependencyGraph;
  /** Id of the service whose bound is computed. */
  root: string;
  /** Desired SLO target in (0, 1); enables the verdict and budget shares. */
  target?: number;
  /** Hard synchronous hops to follow (default `DEFAULT_MAX_DEPTH`, 10). */
  maxDepth?: number;
  /** Override of `EXACT_SHARED_NODE_LIMIT`, from 0 to 20. */
  exactSharedNodeLimit?: number;
}

/** An evaluated hard synchronous dependency. @public */
export interface HardDependency {
  id: string;
  /** The node's own availability; absent when unknown. */
  availability?: number;
  source: AvailabilitySource;
  /** Fewest hard synchronous hops from the root. */
  depth: number;
  /** True when this dependency failing alone takes the root down. */
  singlePointOfFailure: boolean;
}

/** A soft, degraded or asynchronous edge left out of the bound. @public */
export interface DependencyRisk extends DependencyGraphEdge {
  availability?: number;
  source: AvailabilitySource;
}

/** One hard dependency's use of the target's error budget. @public */
export interface BudgetShare {
  id: string;
  availability: number;
  /** `(1 - availability) / (1 - target)`. */
  share: number;
  /** Share above `HIGH_BUDGET_SHARE` on a single point of failure. */
  high: boolean;
  singlePointOfFailure: boolean;
}

/** A contracted cycle and the availability its supernode was given. @public */
export interface SupernodeCycle extends DependencyCycle {
  /** Weakest known member availability; absent when none is known. */
  availability?: number;
  weakestMember?: string;
}

/** Output of `compositeAvailability`. @public */
export interface CompositeAvailabilityResult {
  root: string;
  /** The root's own availability; absent when unknown (then counted as 1). */
  ownAvailability?: number;
  /** Upper bound on the root's availability given its hard dependencies. */
  bound: number;
  /** Equal to `bound` when exact; below it when `method` is `bounds`. */
  lowerBound: number;
  exact: boolean;
  method: CompositeMethod;
  /** Share of root and reachable hard dependencies evaluated with a known availability. */
  confidence: number;
  /** True when dependencies beyond `maxDepth` were ignored. */
  truncated: boolean;
  /** Hard synchronous dependencies reachable at any depth. */
  reachableDependencies: number;
  /** Evaluated hard dependencies, nearest first. */
  hardDependencies: HardDependency[];
  /** The weakest hard dependency, preferring single points of failure. */
  bottleneck?: { id: string; availability: number };
  /** Evaluated nodes (root included) without availability, counted as 1. */
  unknownAvailability: string[];
  cycles: SupernodeCycle[];
  risks: {
    softDependencies: DependencyRisk[];
    asyncDependencies: DependencyRisk[];
  };
  target?: number;
  achievable?: boolean;
  budgetShares?: BudgetShare[];
  /** Set when the target is not achievable. */
  message?: string;
}
