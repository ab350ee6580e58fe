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
 * service (Tarjan), each as service names sorted by fleet order.
 */
export function dependencyCycles(fleet: Fleet): string[][] {
  const deps = dependencyIndices(fleet);
  const n = deps.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [v, next] = top;
      if (next < deps[v].length) {
        top[1] = next + 1;
        const w = deps[v][next];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
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
        if (component.length > 1) {
          cycles.push(
            component.sort((a, b) => a - b).map(i => fleet.services[i].name),
          );
        }
      }
    }
  }
  return cycles;
}
