import { createHash } from 'crypto';
import { GraphEdgeRecord, GraphNode } from '../GraphNode';

export interface RawNodeRow {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  type: string | null;
  owner: string | null;
  system: string | null;
  lifecycle: string | null;
  source: string;
  discovered: boolean | number;
  external: boolean | number;
  published_sla: number | null;
  metric_name: string | null;
  issues: string | null;
  content_hash: string;
}

export interface RawEdgeRow {
  from_ref: string;
  to_ref: string;
  source: string;
  criticality: string;
  communication_mode: string;
  redundancy_group: string | null;
  protocol: string | null;
  timeout_ms: number | null;
  retry_config: string | null;
  confidence: number;
  last_observed_at: Date | string;
  stale: boolean | number;
  content_hash: string;
}

export const sha256 = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

export function nodeToRow(node: GraphNode) {
  const row = {
    entity_ref: node.entityRef,
    kind: node.kind,
    namespace: node.namespace,
    name: node.name,
    title: node.title ?? null,
    type: node.type ?? null,
    owner: node.owner ?? null,
    system: node.system ?? null,
    lifecycle: node.lifecycle ?? null,
    source: node.source,
    discovered: node.discovered,
    external: node.external,
    published_sla: node.publishedSla ?? null,
    metric_name: node.metricName ?? null,
    issues: node.issues.length > 0 ? JSON.stringify(node.issues) : null,
  };
  return { ...row, content_hash: sha256(row) };
}

export function rowToNode(row: RawNodeRow): GraphNode {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    title: row.title ?? undefined,
    type: row.type ?? undefined,
    owner: row.owner ?? undefined,
    system: row.system ?? undefined,
    lifecycle: row.lifecycle ?? undefined,
    source: row.source as GraphNode['source'],
    discovered: Boolean(row.discovered),
    external: Boolean(row.external),
    publishedSla: row.published_sla ?? undefined,
    metricName: row.metric_name ?? undefined,
    issues: row.issues ? JSON.parse(row.issues) : [],
  };
}

/** Hash of what a source says about an edge, not of when it said it. */
export function edgeToRow(edge: GraphEdgeRecord) {
  const attributes = {
    from_ref: edge.from,
    to_ref: edge.to,
    source: edge.source,
    criticality: edge.criticality,
    communication_mode: edge.communicationMode,
    redundancy_group: edge.redundancyGroup ?? null,
    protocol: edge.protocol ?? null,
    timeout_ms: edge.timeoutMs ?? null,
    retry_config: edge.retryConfig ? JSON.stringify(edge.retryConfig) : null,
    confidence: edge.confidence,
  };
  return {
    ...attributes,
    content_hash: sha256(attributes),
    last_observed_at: edge.lastObservedAt,
    stale: edge.stale,
  };
}

export function rowToEdge(row: RawEdgeRow): GraphEdgeRecord {
  return {
    from: row.from_ref,
    to: row.to_ref,
    source: row.source as GraphEdgeRecord['source'],
    criticality: row.criticality as GraphEdgeRecord['criticality'],
    communicationMode:
      row.communication_mode as GraphEdgeRecord['communicationMode'],
    redundancyGroup: row.redundancy_group ?? undefined,
    protocol: row.protocol ?? undefined,
    timeoutMs: row.timeout_ms ?? undefined,
    retryConfig: row.retry_config ? JSON.parse(row.retry_config) : undefined,
    confidence: Number(row.confidence),
    lastObservedAt: new Date(row.last_observed_at),
    stale: Boolean(row.stale),
  };
}
