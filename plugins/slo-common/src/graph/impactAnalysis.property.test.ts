import fc from 'fast-check';
import { compositeAvailability } from './compositeAvailability';
import { impactAnalysis } from './impactAnalysis';
import { DependencyGraph, DependencyGraphEdge } from './types';

const SETTINGS = { seed: 4242, numRuns: 300 };
const kinds = ['hard', 'hard', 'hard', 'group', 'soft', 'async'] as const;
const ratio = fc.integer({ min: 900, max: 999 }).map(x => x / 1000);

function toEdge(from: string, to: string, kind: (typeof kinds)[number]) {
  const edge: DependencyGraphEdge = {
    from,
    to,
    criticality: 'hard',
    mode: 'sync',
  };
  if (kind === 'soft') edge.criticality = 'soft';
  if (kind === 'async') edge.mode = 'async';
  if (kind === 'group') edge.redundancyGroup = 'g';
  return edge;
}

/** Graphs of 2..10 nodes with cycles, groups, soft and async edges, unknowns and an external SLA. */
const cases = fc.integer({ min: 2, max: 10 }).chain(n =>
  fc.record({
    graph: fc
      .record({
        availability: fc.array(fc.option(ratio, { nil: undefined }), {
          minLength: n,
          maxLength: n,
        }),
        edges: fc.array(
          fc.record({
            a: fc.nat(n - 1),
            b: fc.nat(n - 1),
            kind: fc.constantFrom(...kinds),
          }),
          { maxLength: 20 },
        ),
      })
      .map(
        ({ availability, edges }): DependencyGraph => ({
          nodes: availability.map((a, i) =>
            i === 1 && a === undefined
              ? { id: `n${i}`, external: true, publishedSla: 0.9995 }
              : { id: `n${i}`, availability: a },
          ),
          edges: edges.map(e => toEdge(`n${e.a}`, `n${e.b}`, e.kind)),
        }),
      ),
    changed: fc.nat(n - 1).map(i => `n${i}`),
    current: ratio,
    proposed: ratio,
    maxDepth: fc.integer({ min: 0, max: 4 }),
  }),
);

/** compositeAvailability of `root` with its own value left out and `changed` at `value`. */
function reference(
  graph: DependencyGraph,
  root: string,
  changed: string,
  value: number,
  maxDepth: number,
) {
  return compositeAvailability({
    graph: {
      edges: graph.edges,
      nodes: graph.nodes.map(node => {
        if (node.id === root) return { id: root };
        if (node.id === changed) return { id: changed, availability: value };
        return node;
      }),
    },
    root,
    maxDepth,
  }).bound;
}

describe('impactAnalysis equals compositeAvailability per upstream service', () => {
  it('on random graphs, before and after the change', () => {
    fc.assert(
      fc.property(cases, ({ graph, changed, current, proposed, maxDepth }) => {
        const result = impactAnalysis({
          graph,
          changed,
          current,
          proposed,
          targets: new Map(),
          maxDepth,
        });
        for (const s of result.impacted) {
          const before = reference(graph, s.id, changed, current, maxDepth);
          const after = reference(graph, s.id, changed, proposed, maxDepth);
          // Products taken in another order may differ in the last bits.
          expect(Math.abs(s.currentComposite - before)).toBeLessThan(1e-12);
          expect(Math.abs(s.projectedComposite - after)).toBeLessThan(1e-12);
        }
        // Only hard paths within the depth can move a composite.
        expect(
          result.impacted.filter(s => s.via !== 'hard' && s.delta !== 0),
        ).toEqual([]);
        expect(result.impacted.map(s => s.id)).not.toContain(changed);
      }),
      SETTINGS,
    );
  });

  it('lists exactly the services with a path to the changed one', () => {
    fc.assert(
      fc.property(cases, ({ graph, changed }) => {
        const result = impactAnalysis({
          graph,
          changed,
          current: 0.99,
          proposed: 0.95,
          targets: new Map(),
        });
        const reaches = (from: string) => {
          const seen = new Set([from]);
          const queue = [from];
          while (queue.length > 0) {
            const id = queue.shift()!;
            for (const e of graph.edges) {
              if (e.from === id && e.to === changed) return true;
              if (e.from === id && !seen.has(e.to)) {
                seen.add(e.to);
                queue.push(e.to);
              }
            }
          }
          return false;
        };
        const expected = graph.nodes
          .map(n => n.id)
          .filter(id => id !== changed && reaches(id));
        expect(result.impacted.map(s => s.id).sort()).toEqual(expected.sort());
      }),
      SETTINGS,
    );
  });
});
