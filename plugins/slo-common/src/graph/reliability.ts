/**
 * Probability that the root of a contracted dependency DAG works, counting
 * every shared dependency once.
 *
 * Each node v works when it is up (probability p) and each of its
 * requirements holds: every node in `needs` works, and for every group at
 * least one member works. Node states are independent.
 *
 * 1. Nodes reachable from the root through `needs` alone (set A) are all
 *    required, so they contribute the product of their p, each once.
 * 2. What is left is the conjunction of the groups of A-nodes; inside it
 *    A-nodes count as working. Nodes referenced more than once there
 *    ("shared") are enumerated: the root's probability conditioned on their
 *    states is a tree computation, and their own conditional probabilities
 *    give the weights (a Bayesian network over the shared nodes).
 * 3. With more shared nodes than the limit, some shared nodes and
 *    everything below them are assumed up: by monotonicity that yields an
 *    upper bound, and that value times the probability that those nodes
 *    really are up is a lower bound.
 */

import {
  RedundantPart,
  redundantPart,
  ReliabilityNode,
  serialSet,
  sharedNodes,
} from './redundantPart';
import { singleFailures } from './singleFailures';

export type { ReliabilityNode } from './redundantPart';

/**
 * How the bound was computed: a plain product (no redundancy), exact
 * conditioning on shared nodes, or an upper and lower bound when there were
 * too many shared nodes to enumerate.
 * @public
 */
export type CompositeMethod = 'serial-product' | 'conditioning' | 'bounds';

/** Result of {@link computeReliability}; `spof` is indexed like the input. */
export interface ReliabilityResult {
  upper: number;
  lower: number;
  method: CompositeMethod;
  /** Nodes whose failure alone makes the root fail. */
  spof: boolean[];
  sharedNodes: number;
}

const anyUp = (group: readonly number[], value: Float64Array) => {
  let allDown = 1;
  for (const m of group) allDown *= 1 - value[m];
  return 1 - allDown;
};

/** P(top | states of `shared`), weighted over all their state combinations. */
function enumerate(
  part: RedundantPart,
  shared: number[],
  forced: Uint8Array,
): number {
  const n = part.p.length;
  const bit = new Int32Array(n).fill(-1);
  shared.forEach((v, i) => (bit[v] = i));
  const value = new Float64Array(n);
  let sum = 0;
  for (let mask = 0; mask < 2 ** shared.length; mask++) {
    let weight = 1;
    for (let v = 0; v < n && weight > 0; v++) {
      let r = 1;
      if (!forced[v]) {
        r = part.p[v];
        for (const c of part.needs[v]) r *= value[c];
        for (const g of part.groups[v]) r *= anyUp(g, value);
      }
      if (bit[v] < 0) value[v] = r;
      else {
        const up = Math.floor(mask / 2 ** bit[v]) % 2;
        weight *= up ? r : 1 - r;
        value[v] = up;
      }
    }
    if (weight === 0) continue;
    let top = 1;
    for (const g of part.top) top *= anyUp(g, value);
    sum += weight * top;
  }
  return sum;
}

/**
 * Which shared nodes to assume up, with everything below them, so that at
 * most `limit` remain to enumerate: the most available first (deepest first
 * on ties), as they cost the least accuracy. Linear: marking stops at nodes
 * already assumed up.
 */
function chooseForced(part: RedundantPart, shared: number[], limit: number) {
  const forced = new Uint8Array(part.p.length);
  const isShared = new Uint8Array(part.p.length);
  shared.forEach(v => (isShared[v] = 1));
  let left = shared.length;
  const force = (v: number) => {
    forced[v] = 1;
    left -= isShared[v];
  };
  const order = [...shared].sort((a, b) => part.p[b] - part.p[a] || a - b);
  for (const start of order) {
    if (left <= limit) break;
    if (forced[start]) continue;
    force(start);
    const stack = [start];
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (const c of [...part.needs[v], ...part.groups[v].flat()]) {
        if (!forced[c]) {
          force(c);
          stack.push(c);
        }
      }
    }
  }
  return { forced, remaining: shared.filter(v => !forced[v]) };
}

/**
 * Probability that node `root` works. `exactLimit` caps how many shared
 * nodes are enumerated (2^limit passes over the redundant part).
 */
export function computeReliability(
  nodes: readonly ReliabilityNode[],
  root: number,
  exactLimit: number,
): ReliabilityResult {
  const { inA, members } = serialSet(nodes, root);
  const serial = members.reduce((product, v) => product * nodes[v].p, 1);
  const spof = Array.from(inA, Boolean);
  const { global, part } = redundantPart(nodes, inA);
  if (part.top.length === 0) {
    return {
      upper: serial,
      lower: serial,
      method: 'serial-product',
      spof,
      sharedNodes: 0,
    };
  }
  const shared = sharedNodes(part);
  const { forced, remaining } = chooseForced(part, shared, exactLimit);
  const conditional = enumerate(part, remaining, forced);
  const forcedUp = part.p.reduce(
    (product, p, v) => (forced[v] ? product * p : product),
    1,
  );
  const failures = singleFailures(part);
  global.forEach((v, i) => (spof[v] = failures[i]));
  return {
    upper: serial * conditional,
    lower: serial * conditional * forcedUp,
    method: remaining.length === shared.length ? 'conditioning' : 'bounds',
    spof,
    sharedNodes: shared.length,
  };
}
