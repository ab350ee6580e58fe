import { InputError } from '@backstage/errors';
import {
  dependencyIngestionSchema,
  IngestionResult,
} from '@slo-engine/plugin-slo-common';
import { randomUUID } from 'crypto';
import { z } from 'zod';
import { GraphEdgeRecord, GraphNode } from './GraphNode';
import { GraphStore } from './GraphStore';
import { serviceIdToRef } from './toEntityRef';

type Ingestion = z.output<typeof dependencyIngestionSchema>;

/** Each id is converted once per request; large bodies repeat ids a lot. */
function refMapper(): (id: string) => string {
  const cache = new Map<string, string>();
  return id => {
    let ref = cache.get(id);
    if (ref === undefined) {
      ref = serviceIdToRef(id);
      cache.set(id, ref);
    }
    return ref;
  };
}

function rejectBadEdges(body: Ingestion, toRef: (id: string) => string) {
  const seen = new Set<string>();
  body.edges.forEach((edge, i) => {
    const from = toRef(edge.source);
    const to = toRef(edge.target);
    if (from === to) {
      throw new InputError(`edges[${i}]: ${from} depends on itself`);
    }
    const key = `${from} -> ${to}`;
    if (seen.has(key)) {
      throw new InputError(`edges[${i}]: duplicate edge ${key} in one request`);
    }
    seen.add(key);
  });
}

/** Applies one bulk ingestion (FR-1 shape) to the graph in one transaction. */
export class IngestionService {
  constructor(private readonly store: GraphStore) {}

  async ingest(raw: unknown, actor: string): Promise<IngestionResult> {
    const parsed = dependencyIngestionSchema.safeParse(raw);
    if (!parsed.success) {
      throw new InputError(
        parsed.error.issues
          .map(i => `${i.path.join('.') || '(body)'}: ${i.message}`)
          .join('; '),
      );
    }
    const body = parsed.data;
    const toRef = refMapper();
    rejectBadEdges(body, toRef);
    const observedAt = body.timestamp ? new Date(body.timestamp) : new Date();
    const warnings: string[] = [];
    if (observedAt.getTime() > Date.now() + 5 * 60_000) {
      throw new InputError(`timestamp ${body.timestamp} is in the future`);
    }

    const nodes = new Map<
      string,
      { source: GraphNode['source']; metadata?: object }
    >();
    for (const node of body.nodes) {
      nodes.set(toRef(node.service_id), {
        source: body.source,
        metadata: node.metadata,
      });
    }
    const edges: GraphEdgeRecord[] = body.edges.map(edge => {
      const from = toRef(edge.source);
      const to = toRef(edge.target);
      for (const ref of [from, to]) {
        if (!nodes.has(ref)) nodes.set(ref, { source: body.source });
      }
      const a = edge.attributes;
      return {
        from,
        to,
        source: body.source,
        criticality: a.criticality,
        communicationMode: a.communication_mode,
        redundancyGroup: a.redundancy_group,
        protocol: a.protocol,
        timeoutMs: a.timeout_ms,
        retryConfig: a.retry_config,
        confidence: a.confidence ?? (body.source === 'manual' ? 1 : 0.9),
        lastObservedAt: observedAt,
        stale: false,
      };
    });

    const createdAt = new Date().toISOString();
    const ingestionId = randomUUID();
    let result: IngestionResult | undefined;
    await this.store.recordEdges({
      edges,
      nodes,
      reason: `ingestion:${body.source}`,
      onResult: async (tx, r) => {
        if (r.nodesCreated > 0) {
          warnings.push(
            `${r.nodesCreated} services are not in the catalog and were added as discovered placeholders`,
          );
        }
        const touched = new Set(edges.map(e => `${e.from}\u0000${e.to}`));
        result = {
          ingestionId,
          source: body.source,
          status: 'completed',
          nodesReceived: body.nodes.length,
          edgesReceived: body.edges.length,
          nodesCreated: r.nodesCreated,
          edgesUpserted: edges.length,
          conflicts: r.conflicts.filter(c =>
            touched.has(`${c.from}\u0000${c.to}`),
          ),
          warnings,
          snapshotId: r.snapshotId,
          createdBy: actor,
          createdAt,
          completedAt: new Date().toISOString(),
        };
        await this.store.saveIngestion(tx, result);
      },
    });
    return result!;
  }
}
