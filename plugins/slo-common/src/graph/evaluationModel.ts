/**
 * Turns a dependency graph into what the reliability math evaluates: the
 * hard, synchronous dependencies reachable from the root within a depth
 * limit, with cycles contracted to supernodes.
 */

import {
  assertRatio,
  ResolvedAvailability,
  resolveAvailability,
} from './externalAvailability';
import { DependencyCycle, findCycles, indexGraph, sccIndices } from './tarjan';
import { DependencyGraphEdge, DependencyGraph } from './types';
import { ReliabilityNode } from './redundantPart';

/** Everything the composite computation needs, in dense form. */
export interface EvaluationModel {
  resolved: Map<string, ResolvedAvailability>;
  /** Evaluated nodes, the root first, in breadth-first order. */
  evaluated: string[];
  /** Hops from the root along hard synchronous edges, for evaluated nodes. */
  depthOf: Map<string, number>;
  /** Nodes reachable along hard synchronous edges, ignoring the depth limit (root included). */
  reachableCount: number;
  /** Contracted components, dependencies before dependants. */
  components: string[][];
  componentOf: Map<string, number>;
  /** One reliability node per component. */
  nodes: ReliabilityNode[];
  cycles: DependencyCycle[];
  /** Non-hard edges leaving evaluated nodes. */
  softEdges: DependencyGraphEdge[];
  /** Hard asynchronous edges leaving evaluated nodes. */
  asyncEdges: DependencyGraphEdge[];
}

const isHardSync = (edge: DependencyGraphEdge) =>
  edge.criticality === 'hard' && edge.mode === 'sync';

function resolveAll(graph: DependencyGraph): Map<string, ResolvedAvailability> {
  const resolved = new Map<string, ResolvedAvailability>();
  for (const node of graph.nodes) {
    if (resolved.has(node.id)) {
      throw new RangeError(`duplicate node id ${node.id}`);
    }
    if (node.publishedSla !== undefined) {
      assertRatio(node.publishedSla, `published SLA of ${node.id}`);
    }
    resolved.set(node.id, resolveAvailability(node));
  }
  for (const edge of graph.edges) {
    for (const id of [edge.from, edge.to]) {
      if (!resolved.has(id)) resolved.set(id, { source: 'unknown' });
    }
  }
  return resolved;
}

/** Breadth-first distances along hard synchronous edges, without limit. */
function distances(root: string, out: Map<string, DependencyGraphEdge[]>) {
  const depthOf = new Map<string, number>([[root, 0]]);
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    for (const edge of out.get(id) ?? []) {
      if (isHardSync(edge) && !depthOf.has(edge.to)) {
        depthOf.set(edge.to, depthOf.get(id)! + 1);
        queue.push(edge.to);
      }
    }
  }
  return { depthOf, order: queue };
}

/** Contracts the components and collects each one's requirements. */
function contract(
  components: string[][],
  componentOf: Map<string, number>,
  edges: DependencyGraphEdge[],
  resolved: Map<string, ResolvedAvailability>,
): ReliabilityNode[] {
  const needs = components.map(() => new Set<number>());
  const groups = components.map(() => new Map<string, Set<number>>());
  for (const edge of edges) {
    const from = componentOf.get(edge.from)!;
    const to = componentOf.get(edge.to)!;
    if (edge.redundancyGroup === undefined) {
      if (to !== from) needs[from].add(to);
      continue;
    }
    const key = `${edge.from}\u0000${edge.redundancyGroup}`;
    const members = groups[from].get(key) ?? new Set<number>();
    groups[from].set(key, members.add(to));
  }
  return components.map((members, c) => {
    const known = members
      .map(id => resolved.get(id)!.availability)
      .filter((a): a is number => a !== undefined);
    const alternatives: number[][] = [];
    for (const group of groups[c].values()) {
      // A group offering a member of the same cycle is met whenever the
      // supernode itself works.
      if (group.has(c)) continue;
      if (group.size === 1) needs[c].add([...group][0]);
      else alternatives.push([...group]);
    }
    return {
      p: known.reduce((min, a) => Math.min(min, a), 1),
      needs: [...needs[c]],
      groups: alternatives,
    };
  });
}

/** Builds the evaluation model; throws on invalid input. */
export function buildEvaluationModel(
  graph: DependencyGraph,
  root: string,
  maxDepth: number,
): EvaluationModel {
  const resolved = resolveAll(graph);
  if (!graph.nodes.some(node => node.id === root)) {
    throw new RangeError(`root ${root} is not a node of the graph`);
  }
  const out = new Map<string, DependencyGraphEdge[]>();
  for (const edge of graph.edges) {
    const list = out.get(edge.from) ?? [];
    out.set(edge.from, list);
    list.push(edge);
  }
  const reach = distances(root, out);
  const evaluated = reach.order.filter(
    id => reach.depthOf.get(id)! <= maxDepth,
  );
  const inside = new Set(evaluated);
  const hardEdges: DependencyGraphEdge[] = [];
  const softEdges: DependencyGraphEdge[] = [];
  const asyncEdges: DependencyGraphEdge[] = [];
  for (const id of evaluated) {
    for (const edge of out.get(id) ?? []) {
      if (edge.criticality !== 'hard') softEdges.push(edge);
      else if (edge.mode === 'async') asyncEdges.push(edge);
      else if (inside.has(edge.to)) hardEdges.push(edge);
    }
  }
  const { ids, adjacency } = indexGraph(evaluated, hardEdges);
  const components = sccIndices(adjacency).map(c => c.map(i => ids[i]));
  const componentOf = new Map<string, number>();
  components.forEach((members, c) => {
    for (const id of members) componentOf.set(id, c);
  });
  const depthOf = new Map(evaluated.map(id => [id, reach.depthOf.get(id)!]));
  return {
    resolved,
    evaluated,
    depthOf,
    reachableCount: reach.order.length,
    components,
    componentOf,
    nodes: contract(components, componentOf, hardEdges, resolved),
    cycles: findCycles(evaluated, hardEdges),
    softEdges,
    asyncEdges,
  };
}
