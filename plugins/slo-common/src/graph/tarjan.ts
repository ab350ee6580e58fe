/**
 * Strongly connected components (Tarjan, 1972) without recursion, so that
 * chains of many thousands of services cannot overflow the call stack.
 */

/**
 * The part of an edge the cycle detection looks at.
 * @public
 */
export interface DirectedEdge {
  from: string;
  to: string;
}

/**
 * A dependency cycle: all members of one strongly connected component, and
 * one readable closed walk through them, e.g. `['a', 'b', 'c', 'a']`.
 * @public
 */
export interface DependencyCycle {
  /** Members in the order of the input node list. */
  members: string[];
  /** A shortest cycle through the first member, starting and ending with it. */
  path: string[];
}

/** Dense form shared with the composite availability code. */
export interface IndexedGraph {
  ids: string[];
  indexOf: Map<string, number>;
  adjacency: number[][];
}

/**
 * Numbers the nodes: first `nodeIds` in order, then edge endpoints missing
 * from it in order of first appearance.
 */
export function indexGraph(
  nodeIds: readonly string[],
  edges: readonly DirectedEdge[],
): IndexedGraph {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const add = (id: string) => {
    if (!indexOf.has(id)) {
      indexOf.set(id, ids.length);
      ids.push(id);
    }
  };
  nodeIds.forEach(add);
  for (const edge of edges) {
    add(edge.from);
    add(edge.to);
  }
  const adjacency: number[][] = ids.map(() => []);
  for (const edge of edges) {
    adjacency[indexOf.get(edge.from)!].push(indexOf.get(edge.to)!);
  }
  return { ids, indexOf, adjacency };
}

/**
 * Tarjan's algorithm on a dense graph, with an explicit call stack. Returns
 * components as sorted index lists, each emitted after every component it
 * reaches (dependencies first).
 */
export function sccIndices(adjacency: readonly number[][]): number[][] {
  const n = adjacency.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const nextChild = new Int32Array(n);
  const stack: number[] = [];
  const callStack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  const discover = (v: number) => {
    index[v] = counter;
    low[v] = counter;
    counter += 1;
    stack.push(v);
    onStack[v] = 1;
    callStack.push(v);
  };

  for (let start = 0; start < n; start++) {
    if (index[start] !== -1) continue;
    discover(start);
    while (callStack.length > 0) {
      const v = callStack[callStack.length - 1];
      const children = adjacency[v];
      if (nextChild[v] < children.length) {
        const w = children[nextChild[v]];
        nextChild[v] += 1;
        if (index[w] === -1) discover(w);
        else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      callStack.pop();
      if (callStack.length > 0) {
        const parent = callStack[callStack.length - 1];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

/**
 * Strongly connected components of a directed graph. Deterministic: a
 * component is listed after every component it has a path to (so
 * dependencies come before their dependants), and members keep the order
 * of `nodeIds`. Edge endpoints missing from `nodeIds` are added after it.
 * @public
 */
export function stronglyConnectedComponents(
  nodeIds: readonly string[],
  edges: readonly DirectedEdge[],
): string[][] {
  const { ids, adjacency } = indexGraph(nodeIds, edges);
  return sccIndices(adjacency).map(component => component.map(i => ids[i]));
}

/** Shortest walk from `start` back to itself inside one component. */
function cyclePath(
  start: number,
  members: ReadonlySet<number>,
  adjacency: readonly number[][],
): number[] {
  if (members.size === 1) return [start, start];
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const w of adjacency[u]) {
      if (w === start && u !== start) {
        const path = [start];
        for (let x = u; x !== -1; x = parent.get(x)!) path.push(x);
        return path.reverse();
      }
      if (members.has(w) && !parent.has(w)) {
        parent.set(w, u);
        queue.push(w);
      }
    }
  }
  /* istanbul ignore next: a component of two or more always has a cycle */
  throw new Error('no cycle found in a strongly connected component');
}

/**
 * Dependency cycles: components with more than one member, and nodes that
 * depend on themselves, in the order of {@link stronglyConnectedComponents}.
 * @public
 */
export function findCycles(
  nodeIds: readonly string[],
  edges: readonly DirectedEdge[],
): DependencyCycle[] {
  const { ids, adjacency } = indexGraph(nodeIds, edges);
  const cycles: DependencyCycle[] = [];
  for (const component of sccIndices(adjacency)) {
    const [first] = component;
    if (component.length === 1 && !adjacency[first].includes(first)) continue;
    const path = cyclePath(first, new Set(component), adjacency);
    cycles.push({
      members: component.map(i => ids[i]),
      path: path.map(i => ids[i]),
    });
  }
  return cycles;
}
