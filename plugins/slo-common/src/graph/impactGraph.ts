/**
 * Dense form of the graph for `impactAnalysis`: one index per node, the
 * availability each contributes, hard synchronous adjacency both ways, and
 * the reverse adjacency over every edge for finding upstream services.
 */

import { assertRatio, resolveAvailability } from './externalAvailability';
import { indexGraph } from './tarjan';
import {
  DependencyGraph,
  DependencyGraphEdge,
  DependencyGraphNode,
} from './types';

export const isHardSync = (edge: DependencyGraphEdge) =>
  edge.criticality === 'hard' && edge.mode === 'sync';

export interface ImpactGraph {
  ids: string[];
  indexOf: Map<string, number>;
  /** Input node of each index; absent for ids only named by edges. */
  node: (DependencyGraphNode | undefined)[];
  /** Contributed availability, NaN when unknown. */
  availability: Float64Array;
  /** Hard synchronous edges leaving each node, in input order. */
  hardOut: DependencyGraphEdge[][];
  hardChildren: number[][];
  /** True for nodes with a hard synchronous edge in a redundancy group. */
  hasGroup: Uint8Array;
  /** Callers over any edge, and over hard synchronous edges only. */
  callers: number[][];
  hardCallers: number[][];
}

/** Indexes the graph; throws RangeError on duplicate ids or bad ratios. */
export function indexImpactGraph(graph: DependencyGraph): ImpactGraph {
  const seen = new Set<string>();
  for (const n of graph.nodes) {
    if (seen.has(n.id)) throw new RangeError(`duplicate node id ${n.id}`);
    seen.add(n.id);
    if (n.publishedSla !== undefined) {
      assertRatio(n.publishedSla, `published SLA of ${n.id}`);
    }
  }
  const { ids, indexOf } = indexGraph(
    graph.nodes.map(n => n.id),
    graph.edges,
  );
  const size = ids.length;
  const node: (DependencyGraphNode | undefined)[] = new Array(size);
  const availability = new Float64Array(size).fill(NaN);
  for (const n of graph.nodes) {
    const i = indexOf.get(n.id)!;
    node[i] = n;
    availability[i] = resolveAvailability(n).availability ?? NaN;
  }
  const empty = () => Array.from({ length: size }, () => [] as number[]);
  const hardOut = Array.from(
    { length: size },
    () => [] as DependencyGraphEdge[],
  );
  const hardChildren = empty();
  const callers = empty();
  const hardCallers = empty();
  const hasGroup = new Uint8Array(size);
  for (const edge of graph.edges) {
    const from = indexOf.get(edge.from)!;
    const to = indexOf.get(edge.to)!;
    callers[to].push(from);
    if (!isHardSync(edge)) continue;
    hardOut[from].push(edge);
    hardChildren[from].push(to);
    hardCallers[to].push(from);
    if (edge.redundancyGroup !== undefined) hasGroup[from] = 1;
  }
  return {
    ids,
    indexOf,
    node,
    availability,
    hardOut,
    hardChildren,
    hasGroup,
    callers,
    hardCallers,
  };
}

/** Every node with a path to `start` along `reverse` edges, `start` excluded. */
export function ancestors(reverse: readonly number[][], start: number) {
  const seen = new Uint8Array(reverse.length);
  const order: number[] = [];
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const w of reverse[queue[head]]) {
      if (seen[w]) continue;
      seen[w] = 1;
      queue.push(w);
      if (w !== start) order.push(w);
    }
  }
  return { seen, order };
}

/**
 * An upper bound on how many hops separate each node from anything it
 * reaches: inside a component of k members at most k - 1, then one hop to
 * the next component. `components` must list dependencies first.
 */
export function eccentricityBound(
  children: readonly number[][],
  components: readonly number[][],
  compOf: Int32Array,
): Int32Array {
  const byComponent = new Int32Array(components.length);
  const bound = new Int32Array(children.length);
  components.forEach((list, c) => {
    let further = 0;
    for (const v of list) {
      for (const w of children[v]) {
        if (compOf[w] !== c) {
          further = Math.max(further, 1 + byComponent[compOf[w]]);
        }
      }
    }
    byComponent[c] = list.length - 1 + further;
    for (const v of list) bound[v] = byComponent[c];
  });
  return bound;
}
