import { findCycles } from '@slo-engine/plugin-slo-common';
import { Fleet } from './fleet';

/** Callee indices of every service, in fleet order. */
export function dependencyIndices(fleet: Fleet): number[][] {
  const index = new Map(fleet.services.map((s, i) => [s.name, i]));
  return fleet.services.map(s =>
    s.dependencies.map(d => {
      const i = index.get(d.target);
      if (i === undefined) throw new Error(`unknown dependency "${d.target}"`);
      return i;
    }),
  );
}

/**
 * Service indices with callees before their callers (depth-first post-order,
 * starting from the services in fleet order). Inside a cycle one edge has to
 * point forward; the generator then uses that callee's own error ratio.
 */
export function evaluationOrder(fleet: Fleet): number[] {
  const deps = dependencyIndices(fleet);
  const state = new Uint8Array(deps.length); // 0 new, 1 on stack, 2 done
  const order: number[] = [];
  for (let root = 0; root < deps.length; root++) {
    if (state[root] !== 0) continue;
    const stack: Array<[number, number]> = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (next < deps[node].length) {
        top[1] = next + 1;
        const callee = deps[node][next];
        if (state[callee] === 0) {
          state[callee] = 1;
          stack.push([callee, 0]);
        }
      } else {
        stack.pop();
        state[node] = 2;
        order.push(node);
      }
    }
  }
  return order;
}

/**
 * Dependency cycles: the strongly connected components with more than one
 * service (Tarjan, as the engine itself finds them), each as service names
 * sorted by fleet order.
 */
export function dependencyCycles(fleet: Fleet): string[][] {
  const names = fleet.services.map(s => s.name);
  const edges = fleet.services.flatMap(s =>
    s.dependencies.map(d => ({ from: s.name, to: d.target })),
  );
  return findCycles(names, edges)
    .filter(c => c.members.length > 1)
    .map(c => c.members);
}
