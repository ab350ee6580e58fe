import { Rng } from '@slo-engine/telemetry-generator';

export interface GeneratedEdge {
  from: number;
  to: number;
  criticality: 'hard' | 'soft' | 'degraded';
  mode: 'sync' | 'async';
}

export interface GeneratedGraph {
  /** Plain service names, `svc-00000` … */
  services: string[];
  /** Owning team of each service. */
  teams: string[];
  edges: GeneratedEdge[];
  /** Layer of each service, 0 = edge-facing, last = leaves. */
  layerOf: number[];
}

export interface GraphShape {
  services: number;
  edges: number;
  seed?: number;
  layers?: number;
  /** Share of edges between services of the same layer. */
  crossRatio?: number;
  /** Edges from a deeper layer back up, each closing a two-node cycle. */
  backEdges?: number;
  teams?: number;
}

/**
 * A deterministic, layered, mostly acyclic dependency graph with exactly
 * `edges` distinct edges: services of one layer call services 1 to 4 layers
 * deeper, a share of edges cross within a layer (always towards a higher
 * index, so they stay acyclic) and a few back edges close small cycles.
 */
export function generateGraph(shape: GraphShape): GeneratedGraph {
  const n = shape.services;
  const layers = shape.layers ?? 10;
  const crossRatio = shape.crossRatio ?? 0.1;
  const backEdges = shape.backEdges ?? 5;
  const rng = new Rng(shape.seed ?? 20261123);
  const pad = String(n - 1).length;
  const services = Array.from(
    { length: n },
    (_, i) => `svc-${String(i).padStart(pad, '0')}`,
  );
  const teamCount = shape.teams ?? Math.max(1, Math.round(n / 100));
  const teams = services.map((_, i) => `team-${i % teamCount}`);
  const layerOf = services.map((_, i) => Math.floor((i * layers) / n));
  const firstOf = (layer: number) => Math.ceil((layer * n) / layers);
  const between = (lo: number, hi: number) =>
    lo + Math.floor(rng.next() * (hi - lo));

  const seen = new Set<number>();
  const edges: GeneratedEdge[] = [];
  const add = (from: number, to: number) => {
    const key = from * n + to;
    if (from === to || seen.has(key)) return false;
    seen.add(key);
    const c = rng.next();
    edges.push({
      from,
      to,
      criticality: pick(c, [0.7, 0.9], ['hard', 'soft', 'degraded'] as const),
      mode: rng.next() < 0.8 ? 'sync' : 'async',
    });
    return true;
  };

  const forward = shape.edges - backEdges;
  const leaves = firstOf(layers - 1);
  let attempts = 0;
  while (edges.length < forward) {
    if (++attempts > 50 * shape.edges) {
      throw new Error(`Cannot place ${shape.edges} edges on ${n} services`);
    }
    const from = between(0, leaves);
    const layer = layerOf[from];
    if (rng.next() < crossRatio) {
      const end = firstOf(layer + 1);
      if (from + 1 < end) add(from, between(from + 1, end));
      continue;
    }
    const r = rng.next();
    const hop = pick(r, [0.6, 0.85, 0.95], [1, 2, 3, 4] as const);
    const target = Math.min(layer + hop, layers - 1);
    add(from, between(firstOf(target), firstOf(target + 1)));
  }
  // Back edges reverse existing forward edges: each makes one 2-node cycle.
  while (edges.length < shape.edges) {
    if (++attempts > 50 * shape.edges) {
      throw new Error(`Cannot place ${backEdges} back edges`);
    }
    const e = edges[between(0, forward)];
    add(e.to, e.from);
  }
  return { services, teams, edges, layerOf };
}

/** FR-1 bulk ingestion body of a generated graph. */
export function toIngestionBody(graph: GeneratedGraph) {
  return {
    source: 'manual' as const,
    nodes: graph.services.map((service_id, i) => ({
      service_id,
      metadata: { team: graph.teams[i] },
    })),
    edges: graph.edges.map(e => ({
      source: graph.services[e.from],
      target: graph.services[e.to],
      attributes: { criticality: e.criticality, communication_mode: e.mode },
    })),
  };
}

/** Entity ref the engine stores for a generated service. */
export const refOf = (service: string) => `component:default/${service}`;

/** The value whose threshold `x` falls under, the last one otherwise. */
function pick<T>(x: number, thresholds: number[], values: readonly T[]): T {
  const i = thresholds.findIndex(t => x < t);
  return values[i === -1 ? values.length - 1 : i];
}
