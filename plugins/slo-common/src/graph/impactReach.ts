/**
 * For many roots at once, the set of nodes within `maxDepth` hops of each,
 * as bitsets. A root's evaluated set in `compositeAvailability` is exactly
 * this set along hard synchronous edges, and w lies within k hops of v
 * when w = v or w lies within k - 1 hops of one of v's children; so k
 * rounds of bitwise ORs over the edges give every root's set in
 * O(k · (V + E) · V / 32) word operations, instead of one breadth-first
 * search per root.
 */

/** Reach bitsets of the nodes near the roots, in a dense local numbering. */
export interface ReachSets {
  /** Global index of each local node. */
  nodes: number[];
  /** Local index of each global node, -1 when further than `maxDepth` from every root. */
  localOf: Int32Array;
  /** 32-bit words per bitset. */
  words: number;
  /** Row `localOf[v]` (words from `localOf[v] * words`) holds the reach of root v. */
  bits: Int32Array;
  /** Rounds run before the sets stopped changing (at most `maxDepth`). */
  rounds: number;
}

/** What the caller knows of the graph's components, to save work. */
export interface ReachHints {
  /**
   * Position of each global node's component in an order that lists
   * dependencies first (the order of `sccIndices`).
   */
  rank: ArrayLike<number>;
  /** An upper bound on each global node's hop distance to anything it reaches. */
  eccentricity: ArrayLike<number>;
}

/**
 * The nodes within `maxDepth` of a root, with that distance, numbered
 * dependencies first: a node's set then only holds bits up to the end of
 * its own component's block, which bounds the words each OR touches.
 */
function nearRoots(
  adjacency: readonly number[][],
  roots: readonly number[],
  maxDepth: number,
  rank: ArrayLike<number>,
) {
  const distance = new Int32Array(adjacency.length).fill(-1);
  const found: number[] = [];
  for (const r of roots) {
    if (distance[r] >= 0) continue;
    distance[r] = 0;
    found.push(r);
  }
  for (let head = 0; head < found.length; head++) {
    const v = found[head];
    if (distance[v] >= maxDepth) continue;
    for (const w of adjacency[v]) {
      if (distance[w] < 0) {
        distance[w] = distance[v] + 1;
        found.push(w);
      }
    }
  }
  const nodes = found.sort((a, b) => rank[a] - rank[b] || a - b);
  const localOf = new Int32Array(adjacency.length).fill(-1);
  nodes.forEach((v, lv) => (localOf[v] = lv));
  // Words up to the end of each node's component block.
  const span = new Int32Array(nodes.length);
  for (let end = nodes.length - 1, lv = end; lv >= 0; lv--) {
    if (lv < end && rank[nodes[lv]] !== rank[nodes[lv + 1]]) end = lv;
    span[lv] = (end >>> 5) + 1;
  }
  return { nodes, localOf, distance, span };
}

/**
 * Reach within `maxDepth` hops of every root (global indices into
 * `adjacency`). A node at distance d from the nearest root only needs its
 * sets up to `maxDepth - d` hops, so later rounds skip it; its children are
 * at most one hop further, so the rows a round reads were all written by
 * the round before. A node whose eccentricity bound is below the round is
 * complete and skipped too.
 */
export function reachWithinDepth(
  adjacency: readonly number[][],
  roots: readonly number[],
  maxDepth: number,
  hints: ReachHints,
): ReachSets {
  const { nodes, localOf, distance, span } = nearRoots(
    adjacency,
    roots,
    maxDepth,
    hints.rank,
  );
  const m = nodes.length;
  const words = Math.max(1, Math.ceil(m / 32));
  const children = nodes.map(v =>
    adjacency[v].map(w => localOf[w]).filter(c => c >= 0),
  );
  let prev = new Int32Array(m * words);
  let next = new Int32Array(m * words);
  for (let v = 0; v < m; v++) prev[v * words + (v >>> 5)] |= 1 << (v & 31);
  let rounds = 0;
  for (let k = 1; k <= maxDepth; k++) {
    let changed = false;
    for (let v = 0; v < m; v++) {
      if (distance[nodes[v]] > maxDepth - k) continue;
      const row = v * words;
      // Its set is complete: copy it once so both buffers hold it.
      const settled = hints.eccentricity[nodes[v]];
      if (settled < k) {
        if (settled === k - 1) next.set(prev.subarray(row, row + words), row);
        continue;
      }
      const end = row + span[v];
      next.fill(0, row, end);
      next[row + (v >>> 5)] |= 1 << (v & 31);
      for (const c of children[v]) {
        const from = c * words - row;
        for (let i = row, e = row + span[c]; i < e; i++)
          next[i] |= prev[from + i];
      }
      for (let i = row; !changed && i < end; i++) changed = next[i] !== prev[i];
    }
    [prev, next] = [next, prev];
    rounds = k;
    // Nothing grew: every later round would rewrite the same sets.
    if (!changed) break;
  }
  return { nodes, localOf, words, bits: prev, rounds };
}

/** Whether local node `v` is set in row `row` of `sets`. */
export function hasBit(sets: ReachSets, row: number, v: number): boolean {
  return (sets.bits[row * sets.words + (v >>> 5)] & (1 << (v & 31))) !== 0;
}
