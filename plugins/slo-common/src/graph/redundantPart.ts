/**
 * Splits a contracted dependency DAG into the serial set (required
 * outright) and the redundant part (reached through redundancy groups).
 */

/** A contracted node; its indices point to nodes listed before it. */
export interface ReliabilityNode {
  p: number;
  needs: readonly number[];
  groups: readonly (readonly number[])[];
}

/**
 * The redundant part, renumbered densely with children first: the nodes
 * outside the serial set that the serial set's groups lead to. `top` lists
 * those groups; all of them must hold.
 */
export interface RedundantPart {
  p: number[];
  needs: number[][];
  groups: number[][][];
  top: number[][];
}

/**
 * Nodes reachable from the root through `needs` alone: all of them must be
 * up for the root to work, so each counts once in a product.
 */
export function serialSet(nodes: readonly ReliabilityNode[], root: number) {
  const inA = new Uint8Array(nodes.length);
  const members = [root];
  inA[root] = 1;
  for (let head = 0; head < members.length; head++) {
    for (const c of nodes[members[head]].needs) {
      if (!inA[c]) {
        inA[c] = 1;
        members.push(c);
      }
    }
  }
  return { inA, members };
}

/** Nodes of the redundant part referenced more than once. */
export function sharedNodes(part: RedundantPart): number[] {
  const references = new Int32Array(part.p.length);
  const count = (list: readonly number[]) => list.forEach(v => references[v]++);
  part.top.forEach(count);
  part.needs.forEach(count);
  part.groups.forEach(groups => groups.forEach(count));
  return part.p.map((_, v) => v).filter(v => references[v] > 1);
}

/** Renumbers the redundant part (outside A) densely, children first. */
export function redundantPart(
  nodes: readonly ReliabilityNode[],
  inA: Uint8Array,
) {
  const top = nodes.flatMap((node, v) =>
    inA[v] ? node.groups.filter(g => !g.some(m => inA[m])) : [],
  );
  const seen = new Set(top.flat());
  const queue = [...seen];
  for (let head = 0; head < queue.length; head++) {
    const node = nodes[queue[head]];
    const next = [
      ...node.needs.filter(c => !inA[c]),
      ...node.groups.filter(g => !g.some(m => inA[m])).flat(),
    ];
    for (const c of next) {
      if (!seen.has(c)) {
        seen.add(c);
        queue.push(c);
      }
    }
  }
  const global = queue.sort((a, b) => a - b);
  const local = new Map(global.map((v, i) => [v, i]));
  const map = (list: readonly number[]) => list.map(v => local.get(v)!);
  const part: RedundantPart = {
    p: global.map(v => nodes[v].p),
    needs: global.map(v => map(nodes[v].needs.filter(c => !inA[c]))),
    groups: global.map(v =>
      nodes[v].groups.filter(g => !g.some(m => inA[m])).map(map),
    ),
    top: top.map(map),
  };
  return { global, part };
}
