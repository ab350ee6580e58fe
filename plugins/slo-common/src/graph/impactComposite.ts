/**
 * The composite of one upstream service before and after the change,
 * equal to what `compositeAvailability` returns for it with its own
 * availability left out (the bound is what its dependency chain allows).
 */

import { compositeAvailability } from './compositeAvailability';
import { ImpactGraph } from './impactGraph';
import { sccIndices } from './tarjan';
import { hasBit, ReachSets } from './impactReach';
import { DependencyGraph, DependencyGraphEdge } from './types';

/** Everything shared by the evaluations of one analysis. */
export interface CompositeContext {
  graph: ImpactGraph;
  sets: ReachSets;
  changed: number;
  current: number;
  proposed: number;
  maxDepth: number;
  /** Node availabilities (NaN when unknown) with the changed one set. */
  before: Float64Array;
  after: Float64Array;
  /** Strongly connected component of each node (hard synchronous edges). */
  compOf: Int32Array;
  members: number[][];
  /** Components of two or more members within reach of an upstream service. */
  multi: number[];
  /** Local nodes with a hard edge in a redundancy group, as a bitset row. */
  groupMask: Int32Array;
}

export interface UpstreamComposite {
  current: number;
  projected: number;
  /** Dependencies of unknown availability it evaluates. */
  unknown: number;
  /** Whether the changed service is among the nodes it evaluates. */
  reachesChanged: boolean;
  fallback: boolean;
}

/** Weakest known availability of a supernode, `skip` left out; 1 when none is known. */
function supernode(members: number[], values: Float64Array, skip: number) {
  let p = 1;
  for (const v of members) {
    if (v !== skip && values[v] < p) p = values[v];
  }
  return p;
}

/** A redundancy group calls for the conditioning in `computeReliability`. */
function needsFallback(ctx: CompositeContext, row: number): boolean {
  const { sets } = ctx;
  const base = row * sets.words;
  for (let i = 0; i < sets.words; i++) {
    if ((sets.bits[base + i] & ctx.groupMask[i]) !== 0) return true;
  }
  return false;
}

/**
 * The factors of a cycle's members the root evaluates. A whole cycle is
 * one supernode; a cycle the depth limit cuts falls apart into the
 * components of its evaluated members, as in the root's own evaluation.
 */
function cycleFactors(
  ctx: CompositeContext,
  list: number[],
  row: number,
  root: number,
) {
  const { sets, graph } = ctx;
  const inside = list.filter(v => {
    const lv = sets.localOf[v];
    return lv >= 0 && hasBit(sets, row, lv);
  });
  const parts =
    inside.length === list.length ? [list] : cutCycle(graph, inside);
  let current = 1;
  let projected = 1;
  for (const part of parts) {
    current *= supernode(part, ctx.before, root);
    projected *= supernode(part, ctx.after, root);
  }
  return { current, projected };
}

/** Components of a cut cycle's evaluated members, among themselves. */
function cutCycle(graph: ImpactGraph, inside: number[]): number[][] {
  if (inside.length < 2) return inside.map(v => [v]);
  const local = new Map(inside.map((v, i) => [v, i]));
  const adjacency = inside.map(v =>
    graph.hardChildren[v]
      .map(w => local.get(w))
      .filter((w): w is number => w !== undefined),
  );
  return sccIndices(adjacency).map(c => c.map(i => inside[i]));
}

/** The product of the reachable nodes' availabilities, each supernode once. */
function bitsetComposite(ctx: CompositeContext, root: number, row: number) {
  const { sets, compOf, members, before, after } = ctx;
  let current = 1;
  let projected = 1;
  let unknown = 0;
  for (const c of ctx.multi) {
    const f = cycleFactors(ctx, members[c], row, root);
    current *= f.current;
    projected *= f.projected;
  }
  const base = row * sets.words;
  for (let i = 0; i < sets.words; i++) {
    let word = sets.bits[base + i];
    while (word !== 0) {
      const low = word & -word;
      word ^= low;
      const v = sets.nodes[i * 32 + 31 - Math.clz32(low)];
      if (v === root) continue;
      if (Number.isNaN(before[v])) unknown++;
      else if (members[compOf[v]].length === 1) {
        current *= before[v];
        projected *= after[v];
      }
    }
  }
  return { current, projected, unknown };
}

/** The root's evaluated subgraph, fed to `compositeAvailability` itself. */
function restrictedGraph(
  ctx: CompositeContext,
  root: number,
  row: number,
  value: number,
): DependencyGraph {
  const { sets, graph } = ctx;
  const nodes: DependencyGraph['nodes'] = [];
  const edges: DependencyGraphEdge[] = [];
  for (let lv = 0; lv < sets.nodes.length; lv++) {
    if (!hasBit(sets, row, lv)) continue;
    const v = sets.nodes[lv];
    const node = graph.node[v];
    if (v === root || v === ctx.changed) {
      const availability = v === root ? undefined : value;
      nodes.push({ id: graph.ids[v], availability });
    } else if (node) nodes.push(node);
    for (const edge of graph.hardOut[v]) {
      const lw = sets.localOf[graph.indexOf.get(edge.to)!];
      if (lw >= 0 && hasBit(sets, row, lw)) edges.push(edge);
    }
  }
  return { nodes, edges };
}

function fallbackComposite(ctx: CompositeContext, root: number, row: number) {
  const bound = (value: number) =>
    compositeAvailability({
      graph: restrictedGraph(ctx, root, row, value),
      root: ctx.graph.ids[root],
      maxDepth: ctx.maxDepth,
    });
  const before = bound(ctx.current);
  const projected = reaches(ctx, row)
    ? bound(ctx.proposed).bound
    : before.bound;
  const unknown = before.unknownAvailability.filter(
    id => id !== ctx.graph.ids[root],
  ).length;
  return { current: before.bound, projected, unknown };
}

function reaches(ctx: CompositeContext, row: number) {
  const lx = ctx.sets.localOf[ctx.changed];
  return lx >= 0 && hasBit(ctx.sets, row, lx);
}

/** Current and projected composite of upstream service `root`. */
export function upstreamComposite(
  ctx: CompositeContext,
  root: number,
): UpstreamComposite {
  const row = ctx.sets.localOf[root];
  const reachesChanged = reaches(ctx, row);
  if (needsFallback(ctx, row)) {
    return {
      ...fallbackComposite(ctx, root, row),
      reachesChanged,
      fallback: true,
    };
  }
  return {
    ...bitsetComposite(ctx, root, row),
    reachesChanged,
    fallback: false,
  };
}
