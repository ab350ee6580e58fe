import fc from 'fast-check';
import { compositeAvailability } from './compositeAvailability';
import { DependencyGraph, DependencyGraphEdge } from './types';

const SETTINGS = { seed: 42, numRuns: 200 };
const kinds = ['hard', 'hard', 'group-a', 'group-b', 'soft', 'async'] as const;
const availability = fc.integer({ min: 500, max: 1000 }).map(x => x / 1000);

function toEdge(
  from: string,
  to: string,
  kind: (typeof kinds)[number],
): DependencyGraphEdge {
  if (kind === 'soft') return { from, to, criticality: 'soft', mode: 'sync' };
  if (kind === 'async') return { from, to, criticality: 'hard', mode: 'async' };
  const redundancyGroup = kind === 'hard' ? undefined : kind;
  return { from, to, criticality: 'hard', mode: 'sync', redundancyGroup };
}

/** Graphs of 2..8 nodes `n0..`, root `n0`; acyclic ones only point to higher indices. */
const graphs = (acyclic: boolean) =>
  fc.integer({ min: 2, max: 8 }).chain(n =>
    fc
      .record({
        availabilities: fc.array(availability, { minLength: n, maxLength: n }),
        edges: fc.array(
          fc.record({
            a: fc.nat(n - 1),
            b: fc.nat(n - 1),
            kind: fc.constantFrom(...kinds),
          }),
          { maxLength: 14 },
        ),
      })
      .map(
        ({ availabilities, edges }): DependencyGraph => ({
          nodes: availabilities.map((a, i) => ({
            id: `n${i}`,
            availability: a,
          })),
          edges: edges
            .filter(e => !acyclic || e.a !== e.b)
            .map(e => {
              const [from, to] = acyclic
                ? [Math.min(e.a, e.b), Math.max(e.a, e.b)]
                : [e.a, e.b];
              return toEdge(`n${from}`, `n${to}`, e.kind);
            }),
        }),
      ),
  );

/** Brute force over all up/down states of an acyclic graph (edges to higher indices). */
function oracle(graph: DependencyGraph): number {
  const n = graph.nodes.length;
  const hardSync = graph.edges.filter(
    e => e.criticality === 'hard' && e.mode === 'sync',
  );
  let total = 0;
  for (let mask = 0; mask < 2 ** n; mask++) {
    let probability = 1;
    const works = new Map<string, boolean>();
    for (let v = n - 1; v >= 0; v--) {
      const { id, availability: p = 1 } = graph.nodes[v];
      const up = Math.floor(mask / 2 ** v) % 2 === 1;
      probability *= up ? p : 1 - p;
      const out = hardSync.filter(e => e.from === id);
      const groups = new Map<string, boolean>();
      for (const e of out.filter(x => x.redundancyGroup !== undefined)) {
        groups.set(
          e.redundancyGroup!,
          groups.get(e.redundancyGroup!) || works.get(e.to)!,
        );
      }
      const needsMet = out
        .filter(e => e.redundancyGroup === undefined)
        .every(e => works.get(e.to));
      works.set(id, up && needsMet && [...groups.values()].every(Boolean));
    }
    if (works.get('n0')) total += probability;
  }
  return total;
}

const bound = (graph: DependencyGraph, exactSharedNodeLimit?: number) =>
  compositeAvailability({
    graph,
    root: 'n0',
    maxDepth: Infinity,
    exactSharedNodeLimit,
  });

describe('compositeAvailability properties', () => {
  it('equals brute-force enumeration on acyclic graphs', () => {
    fc.assert(
      fc.property(graphs(true), graph => {
        const result = bound(graph);
        expect(result.exact).toBe(true);
        expect(result.bound).toBeCloseTo(oracle(graph), 12);
      }),
      SETTINGS,
    );
  });

  it('brackets the exact value when shared nodes are not enumerated', () => {
    fc.assert(
      fc.property(graphs(true), graph => {
        const exact = oracle(graph);
        const result = bound(graph, 0);
        expect(result.lowerBound).toBeLessThanOrEqual(exact + 1e-12);
        expect(result.bound).toBeGreaterThanOrEqual(exact - 1e-12);
      }),
      SETTINGS,
    );
  });

  it('never rises when a hard dependency is added', () => {
    const extra = fc.record({ a: fc.nat(8), b: fc.nat(8), p: availability });
    fc.assert(
      fc.property(graphs(true), extra, (graph, { a, b, p }) => {
        const n = graph.nodes.length;
        const from = Math.min(a, b) % n;
        // to an existing node further down, or to a new one (index n)
        const to = Math.max(a, b) % (n + 1);
        fc.pre(to > from);
        const grown: DependencyGraph = {
          nodes:
            to === n
              ? [...graph.nodes, { id: `n${n}`, availability: p }]
              : graph.nodes,
          edges: [...graph.edges, toEdge(`n${from}`, `n${to}`, 'hard')],
        };
        expect(bound(grown).bound).toBeLessThanOrEqual(
          bound(graph).bound + 1e-12,
        );
      }),
      SETTINGS,
    );
  });

  it('never falls when a replica joins a redundancy group', () => {
    const replica = fc.record({
      pick: fc.nat(),
      p: availability,
      needs: fc.array(fc.nat(7), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(graphs(true), replica, (graph, { pick, p, needs }) => {
        const grouped = graph.edges.filter(
          e => e.mode === 'sync' && e.redundancyGroup,
        );
        fc.pre(grouped.length > 0);
        const { from, redundancyGroup } = grouped[pick % grouped.length];
        const n = graph.nodes.length;
        const fromIndex = Number(from.slice(1));
        // the replica may have its own hard dependencies below `from`
        const own = needs
          .filter(i => i > fromIndex && i < n)
          .map(i => toEdge('replica', `n${i}`, 'hard'));
        const grown: DependencyGraph = {
          nodes: [...graph.nodes, { id: 'replica', availability: p }],
          edges: [
            ...graph.edges,
            { ...toEdge(from, 'replica', 'hard'), redundancyGroup },
            ...own,
          ],
        };
        expect(bound(grown).bound).toBeGreaterThanOrEqual(
          bound(graph).bound - 1e-12,
        );
      }),
      SETTINGS,
    );
  });

  it('stays within [0, own availability], also with cycles', () => {
    fc.assert(
      fc.property(
        graphs(false),
        fc.integer({ min: 0, max: 3 }),
        (graph, limit) => {
          const result = bound(graph, limit);
          const own = graph.nodes[0].availability!;
          expect(result.lowerBound).toBeGreaterThanOrEqual(0);
          expect(result.lowerBound).toBeLessThanOrEqual(result.bound);
          expect(result.bound).toBeLessThanOrEqual(own + 1e-12);
          expect(result.bound).toBeLessThanOrEqual(1);
          expect(result.confidence).toBeGreaterThanOrEqual(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
        },
      ),
      SETTINGS,
    );
  });
});
