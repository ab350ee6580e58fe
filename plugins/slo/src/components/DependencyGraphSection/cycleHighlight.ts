import { CycleAlert } from '@slo-engine/plugin-slo-common';

/** What of the open cycles shows in the drawn subgraph. */
export interface CycleHighlight {
  /** Cycles with at least one visible member, in the order given. */
  cycles: CycleAlert[];
  /** Visible nodes that belong to one of those cycles. */
  nodes: Set<string>;
  /** Keys (see {@link edgeKey}) of edges that run along a cycle's path. */
  edges: Set<string>;
}

/** The key of a directed edge. */
export const edgeKey = (from: string, to: string) => `${from}\u2192${to}`;

/**
 * Picks the cycles that touch the visible nodes and the nodes and edges to
 * highlight. Cycle alerts are fleet-wide, so most of them are about other
 * services; only consecutive members of a cycle's path mark an edge, since
 * two members may also be linked by an edge that is not part of the cycle.
 */
export function cycleHighlight(
  cycles: CycleAlert[],
  visible: ReadonlySet<string>,
): CycleHighlight {
  const result: CycleHighlight = {
    cycles: [],
    nodes: new Set(),
    edges: new Set(),
  };
  for (const cycle of cycles) {
    const shown = cycle.members.filter(m => visible.has(m));
    if (shown.length === 0) continue;
    result.cycles.push(cycle);
    shown.forEach(m => result.nodes.add(m));
    for (let i = 0; i + 1 < cycle.path.length; i++) {
      result.edges.add(edgeKey(cycle.path[i], cycle.path[i + 1]));
    }
  }
  return result;
}
