import { z } from 'zod';

/** Sources of dependency edges, highest attribute priority first. @public */
export const GRAPH_SOURCES = [
  'manual',
  'catalog',
  'service_mesh',
  'otel_service_graph',
  'kubernetes',
] as const;

/** @public */
export type GraphSource = (typeof GRAPH_SOURCES)[number];

/** Sources a client may push through the bulk ingestion API. @public */
export const INGESTION_SOURCES = [
  'manual',
  'otel_service_graph',
  'kubernetes',
  'service_mesh',
] as const;

/** @public */
export type IngestionSource = (typeof INGESTION_SOURCES)[number];

const serviceId = z
  .string()
  .min(1)
  .max(255)
  .regex(
    /^(?:[a-zA-Z][a-zA-Z0-9]*:)?(?:[a-z0-9][-a-z0-9]*\/)?[a-zA-Z0-9][-_.a-zA-Z0-9]*$/,
    'must be an entity ref (kind:namespace/name) or a plain service name',
  );

const edgeAttributes = z
  .object({
    communication_mode: z.enum(['sync', 'async']).default('sync'),
    criticality: z.enum(['hard', 'soft', 'degraded']).default('hard'),
    protocol: z.string().max(50).optional(),
    timeout_ms: z.number().int().positive().max(3_600_000).optional(),
    retry_config: z
      .object({
        max_retries: z.number().int().min(0).max(100).optional(),
        backoff_strategy: z.string().max(50).optional(),
      })
      .strict()
      .optional(),
    redundancy_group: z.string().min(1).max(100).optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .strict();

/** Body of `POST /services/dependencies` (FR-1 shape). @public */
export const dependencyIngestionSchema = z
  .object({
    source: z.enum(INGESTION_SOURCES),
    timestamp: z.string().datetime({ offset: true }).optional(),
    nodes: z
      .array(
        z
          .object({
            service_id: serviceId,
            metadata: z.record(z.unknown()).default({}),
          })
          .strict(),
      )
      .max(20_000)
      .default([]),
    edges: z
      .array(
        z
          .object({
            source: serviceId,
            target: serviceId,
            attributes: edgeAttributes.default({}),
          })
          .strict(),
      )
      .max(200_000)
      .default([]),
  })
  .strict();

/** @public */
export type DependencyIngestionRequest = z.input<
  typeof dependencyIngestionSchema
>;

/** A conflict between the attributes two sources report for one edge. @public */
export interface EdgeConflict {
  from: string;
  to: string;
  attribute: 'criticality' | 'communicationMode' | 'redundancyGroup';
  /** The value that wins, and its source. */
  kept: { source: GraphSource; value: string | null };
  overridden: { source: GraphSource; value: string | null };
}

/** Result of one bulk ingestion (`GET /ingestions/{id}`). @public */
export interface IngestionResult {
  ingestionId: string;
  source: IngestionSource;
  status: 'completed' | 'failed';
  nodesReceived: number;
  edgesReceived: number;
  nodesCreated: number;
  edgesUpserted: number;
  conflicts: EdgeConflict[];
  warnings: string[];
  snapshotId?: string;
  createdBy?: string;
  createdAt: string;
  completedAt?: string;
}

/** One source's observation of an edge. @public */
export interface EdgeObservation {
  source: GraphSource;
  confidence: number;
  lastObservedAt: string;
  stale: boolean;
}

/** An edge of the merged graph, attributes from its highest-priority source. @public */
export interface DependencyEdge {
  from: string;
  to: string;
  criticality: 'hard' | 'soft' | 'degraded';
  communicationMode: 'sync' | 'async';
  redundancyGroup?: string;
  protocol?: string;
  timeoutMs?: number;
  primarySource: GraphSource;
  confidence: number;
  lastObservedAt: string;
  stale: boolean;
  observations: EdgeObservation[];
  /** Declared in the catalog but not seen at runtime, or the reverse. */
  divergence?: 'runtime_only' | 'catalog_only';
}

/** A node of the dependency graph. @public */
export interface DependencyNode {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  type?: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** True for placeholders created from an edge, not from the catalog. */
  discovered: boolean;
  external: boolean;
  /** Published availability SLA (ratio) of an external dependency. */
  publishedSla?: number;
  /**
   * Availability (ratio) over the last 30 days of daily aggregates, in
   * subgraph answers; absent without telemetry.
   */
  observedAvailability?: number;
  /** Hops from the root of a subgraph query. */
  depth?: number;
}

/** Answer of `GET /services/{kind}/{namespace}/{name}/dependencies`. @public */
export interface DependencySubgraph {
  root: string;
  direction: 'upstream' | 'downstream' | 'both';
  depth: number;
  nodes: DependencyNode[];
  edges: DependencyEdge[];
  /** True when nodes exist beyond the depth limit. */
  truncated: boolean;
  snapshotId?: string;
}

/** A dependency cycle found by Tarjan's algorithm. @public */
export interface CycleAlert {
  id: string;
  members: string[];
  /** Members in edge order, first repeated at the end. */
  path: string[];
  status: 'open' | 'acknowledged' | 'resolved';
  detectedAt: string;
  acknowledgedBy?: string;
  acknowledgedAt?: string;
  note?: string;
  resolvedAt?: string;
}
