import { DependencyEdge } from '@slo-engine/plugin-slo-common';

const isHardSync = (e: DependencyEdge) =>
  e.criticality === 'hard' && e.communicationMode === 'sync';

/**
 * The services whose availability the analysis of `changed` can read: the
 * changed one, everything upstream of it over any edge, and everything
 * those reach over hard synchronous edges. Fetching only these keeps the
 * database reads proportional to the analysis, not to the whole graph.
 */
export function impactScope(
  edges: readonly DependencyEdge[],
  changed: string,
): string[] {
  const callers = new Map<string, string[]>();
  const hardChildren = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const e of edges) {
    push(callers, e.to, e.from);
    if (isHardSync(e)) push(hardChildren, e.from, e.to);
  }
  const walk = (starts: string[], next: Map<string, string[]>) => {
    const seen = new Set(starts);
    const queue = [...starts];
    for (let head = 0; head < queue.length; head++) {
      for (const w of next.get(queue[head]) ?? []) {
        if (!seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
      }
    }
    return queue;
  };
  return walk(walk([changed], callers), hardChildren);
}
