/**
 * Input model of the dependency graph used by the composite availability
 * math. Availabilities are ratios in [0, 1], e.g. 0.999.
 */

/**
 * How much an edge matters to the caller: `hard` means the caller fails when
 * the dependency fails; `soft` and `degraded` mean it keeps serving, fully or
 * in a reduced mode.
 * @public
 */
export type DependencyCriticality = 'hard' | 'soft' | 'degraded';

/**
 * Whether the caller waits for the dependency (`sync`) or hands work over
 * and carries on (`async`, e.g. through a queue).
 * @public
 */
export type DependencyMode = 'sync' | 'async';

/**
 * One service, resource or external system in the dependency graph.
 * @public
 */
export interface DependencyGraphNode {
  /** Unique id, usually a catalog entity reference. */
  id: string;
  /** Observed availability over the lookback window, in [0, 1]. */
  availability?: number;
  /** True for systems outside the organisation (SaaS APIs, payment providers). */
  external?: boolean;
  /** Availability promised by the provider's SLA, in [0, 1]. */
  publishedSla?: number;
}

/**
 * A directed dependency: `from` calls or needs `to`.
 * @public
 */
export interface DependencyGraphEdge {
  from: string;
  to: string;
  criticality: DependencyCriticality;
  mode: DependencyMode;
  /**
   * Edges leaving the same `from` node with the same group name are
   * alternatives (replicas, fallbacks): any one of them suffices.
   */
  redundancyGroup?: string;
}

/**
 * Nodes and edges of a dependency graph. Edges may name ids missing from
 * `nodes`; those are treated as nodes of unknown availability.
 * @public
 */
export interface DependencyGraph {
  nodes: DependencyGraphNode[];
  edges: DependencyGraphEdge[];
}
