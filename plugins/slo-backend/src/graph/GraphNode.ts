import { AnnotationIssue, GraphSource } from '@slo-engine/plugin-slo-common';

/** A node of the dependency graph as the engine stores it. */
export interface GraphNode {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title?: string;
  type?: string;
  owner?: string;
  system?: string;
  lifecycle?: string;
  /** `catalog` for catalog entities, else the source that first saw it. */
  source: GraphSource;
  discovered: boolean;
  external: boolean;
  publishedSla?: number;
  /** Service label value in telemetry, when it differs from the name. */
  metricName?: string;
  issues: AnnotationIssue[];
}

/** One source's record of an edge. */
export interface GraphEdgeRecord {
  from: string;
  to: string;
  source: GraphSource;
  criticality: 'hard' | 'soft' | 'degraded';
  communicationMode: 'sync' | 'async';
  redundancyGroup?: string;
  protocol?: string;
  timeoutMs?: number;
  retryConfig?: Record<string, unknown>;
  confidence: number;
  lastObservedAt: Date;
  stale: boolean;
}

/** What one write changed. */
export interface NodeSyncResult {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}
