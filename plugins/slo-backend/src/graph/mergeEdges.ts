import {
  DependencyEdge,
  EdgeConflict,
  GRAPH_SOURCES,
  GraphSource,
} from '@slo-engine/plugin-slo-common';
import { GraphEdgeRecord } from './GraphNode';

const RUNTIME_SOURCES: GraphSource[] = [
  'service_mesh',
  'otel_service_graph',
  'kubernetes',
];

const priority = (s: GraphSource) => GRAPH_SOURCES.indexOf(s);

function conflictsOf(records: GraphEdgeRecord[]): EdgeConflict[] {
  const [winner, ...rest] = records;
  const conflicts: EdgeConflict[] = [];
  for (const other of rest) {
    const pairs = [
      ['criticality', winner.criticality, other.criticality],
      ['communicationMode', winner.communicationMode, other.communicationMode],
      ['redundancyGroup', winner.redundancyGroup, other.redundancyGroup],
    ] as const;
    for (const [attribute, kept, overridden] of pairs) {
      // Runtime sources cannot see redundancy groups; silence is no conflict.
      if (attribute === 'redundancyGroup' && overridden === undefined) continue;
      if (kept !== overridden) {
        conflicts.push({
          from: winner.from,
          to: winner.to,
          attribute,
          kept: { source: winner.source, value: kept ?? null },
          overridden: { source: other.source, value: overridden ?? null },
        });
      }
    }
  }
  return conflicts;
}

/**
 * Merges the per-source records of each (from, to) pair into one edge whose
 * attributes come from the highest-priority source that is not stale
 * (manual > catalog > service_mesh > otel_service_graph > kubernetes).
 * Returns the merged edges and the attribute conflicts between sources.
 */
export function mergeEdges(records: GraphEdgeRecord[]): {
  edges: DependencyEdge[];
  conflicts: EdgeConflict[];
} {
  const byPair = new Map<string, GraphEdgeRecord[]>();
  for (const r of records) {
    const key = `${r.from}\u0000${r.to}`;
    const list = byPair.get(key);
    if (list) list.push(r);
    else byPair.set(key, [r]);
  }
  const edges: DependencyEdge[] = [];
  const conflicts: EdgeConflict[] = [];
  for (const list of byPair.values()) {
    list.sort(
      (a, b) =>
        Number(a.stale) - Number(b.stale) ||
        priority(a.source) - priority(b.source),
    );
    const winner = list[0];
    const fresh = list.filter(r => !r.stale);
    conflicts.push(...conflictsOf(fresh.length > 0 ? fresh : list));
    const inCatalog = fresh.some(r => r.source === 'catalog');
    const atRuntime = fresh.some(r => RUNTIME_SOURCES.includes(r.source));
    const latest = Math.max(...list.map(r => r.lastObservedAt.getTime()));
    edges.push({
      from: winner.from,
      to: winner.to,
      criticality: winner.criticality,
      communicationMode: winner.communicationMode,
      redundancyGroup: winner.redundancyGroup,
      protocol: winner.protocol,
      timeoutMs: winner.timeoutMs,
      primarySource: winner.source,
      confidence: Math.max(...fresh.map(r => r.confidence), 0),
      lastObservedAt: new Date(latest).toISOString(),
      stale: fresh.length === 0,
      observations: list.map(r => ({
        source: r.source,
        confidence: r.confidence,
        lastObservedAt: r.lastObservedAt.toISOString(),
        stale: r.stale,
      })),
      divergence: divergenceOf(inCatalog, atRuntime, () =>
        hasRuntimeData(records, winner.from),
      ),
    });
  }
  return { edges, conflicts };
}

function divergenceOf(
  inCatalog: boolean,
  atRuntime: boolean,
  callerSeenAtRuntime: () => boolean,
): DependencyEdge['divergence'] {
  if (atRuntime && !inCatalog) return 'runtime_only';
  if (inCatalog && !atRuntime && callerSeenAtRuntime()) return 'catalog_only';
  return undefined;
}

const runtimeCallers = new WeakMap<GraphEdgeRecord[], Set<string>>();

/**
 * A catalog edge is only "not seen at runtime" when runtime discovery sees
 * its caller at all; otherwise every edge of an uninstrumented service
 * would be reported.
 */
function hasRuntimeData(records: GraphEdgeRecord[], from: string): boolean {
  let callers = runtimeCallers.get(records);
  if (!callers) {
    callers = new Set(
      records
        .filter(r => !r.stale && RUNTIME_SOURCES.includes(r.source))
        .map(r => r.from),
    );
    runtimeCallers.set(records, callers);
  }
  return callers.has(from);
}
