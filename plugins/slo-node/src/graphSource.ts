/** Discovery sources, in the order their attributes win on conflict. */
export type SloGraphSourceKind =
  | 'manual'
  | 'catalog'
  | 'service_mesh'
  | 'otel_service_graph'
  | 'kubernetes';

/** One observed call relationship: `from` depends on `to`. */
export interface SloDiscoveredEdge {
  /** Entity ref or plain service name of the caller. */
  from: string;
  /** Entity ref or plain service name of the callee. */
  to: string;
  criticality?: 'hard' | 'soft' | 'degraded';
  communicationMode?: 'sync' | 'async';
  /** 0..1, how sure the source is that the edge exists. */
  confidence?: number;
  /** Unix seconds of the last observation. */
  lastObservedAt?: number;
}

/**
 * A source of dependency edges beyond the catalog, e.g. a service mesh or a
 * tracing backend. The engine polls it on its graph schedule.
 * @public
 */
export interface SloGraphSource {
  /** Stable identifier, e.g. `istio`. */
  readonly id: string;
  readonly kind: Exclude<SloGraphSourceKind, 'catalog' | 'manual'>;
  readEdges(): Promise<SloDiscoveredEdge[]>;
}
