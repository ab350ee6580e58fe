import { hard, nodes } from './__testUtils__/graphBuilders';
import { compositeAvailability } from './compositeAvailability';
import { DependencyGraphEdge, DependencyGraphNode } from './types';

describe('compositeAvailability', () => {
  it('contracts a cycle to its weakest member', () => {
    // root → a → b → c → a; supernode {a, b, c} = min(0.999, 0.995, 0.998) = 0.995
    // bound = 0.9999 × 0.995 = 0.9949005 (the product rule would give
    // 0.9999 × 0.999 × 0.995 × 0.998 = 0.99191925...)
    const result = compositeAvailability({
      graph: {
        nodes: nodes({ root: 0.9999, a: 0.999, b: 0.995, c: 0.998 }),
        edges: [
          hard('root', 'a'),
          hard('a', 'b'),
          hard('b', 'c'),
          hard('c', 'a'),
        ],
      },
      root: 'root',
    });
    expect(result.bound).toBeCloseTo(0.9949005, 12);
    expect(result.cycles).toEqual([
      {
        members: ['a', 'b', 'c'],
        path: ['a', 'b', 'c', 'a'],
        availability: 0.995,
        weakestMember: 'b',
      },
    ]);
  });

  it('contracts a cycle through the root, never exceeding its own availability', () => {
    // root ⇄ x: supernode min(0.999, 0.99) = 0.99
    const result = compositeAvailability({
      graph: {
        nodes: nodes({ root: 0.999, x: 0.99 }),
        edges: [hard('root', 'x'), hard('x', 'root')],
      },
      root: 'root',
    });
    expect(result.bound).toBeCloseTo(0.99, 12);
  });

  it('can rise when a new edge closes a cycle (weakest-member rule, documented)', () => {
    // root 1 → a 0.9 → b 0.9: 0.81. Adding b → a makes {a, b} one supernode
    // at min(0.9, 0.9) = 0.9. The product rule would keep 0.81.
    const graph = {
      nodes: nodes({ root: 1, a: 0.9, b: 0.9 }),
      edges: [hard('root', 'a'), hard('a', 'b')],
    };
    expect(compositeAvailability({ graph, root: 'root' }).bound).toBeCloseTo(
      0.81,
      12,
    );
    const closed = { ...graph, edges: [...graph.edges, hard('b', 'a')] };
    expect(
      compositeAvailability({ graph: closed, root: 'root' }).bound,
    ).toBeCloseTo(0.9, 12);
  });

  it('excludes soft, degraded and async dependencies but lists them', () => {
    // only root (0.999) × db (0.9995) = 0.9985005 counts
    const result = compositeAvailability({
      graph: {
        nodes: nodes({
          root: 0.999,
          db: 0.9995,
          recs: 0.95,
          search: 0.97,
          queue: 0.99,
          mailer: 0.9,
        }),
        edges: [
          hard('root', 'db'),
          { from: 'root', to: 'recs', criticality: 'soft', mode: 'sync' },
          { from: 'root', to: 'search', criticality: 'degraded', mode: 'sync' },
          { from: 'root', to: 'queue', criticality: 'hard', mode: 'async' },
          { from: 'db', to: 'mailer', criticality: 'soft', mode: 'async' },
        ],
      },
      root: 'root',
    });
    expect(result.bound).toBeCloseTo(0.9985005, 12);
    expect(result.hardDependencies.map(d => d.id)).toEqual(['db']);
    expect(
      result.risks.softDependencies.map(r => [
        r.to,
        r.criticality,
        r.availability,
      ]),
    ).toEqual([
      ['recs', 'soft', 0.95],
      ['search', 'degraded', 0.97],
      ['mailer', 'soft', 0.9],
    ]);
    expect(
      result.risks.asyncDependencies.map(r => [r.to, r.availability]),
    ).toEqual([['queue', 0.99]]);
  });

  it('ignores dependencies beyond maxDepth and lowers confidence', () => {
    // chain root → n1 → … → n5, all 0.99; depth 2 evaluates root, n1, n2:
    // bound = 0.99^3 = 0.970299; confidence = 3 known / 6 reachable = 0.5
    const ids = ['root', 'n1', 'n2', 'n3', 'n4', 'n5'];
    const graph = {
      nodes: ids.map(id => ({ id, availability: 0.99 })),
      edges: ids.slice(1).map((to, i) => hard(ids[i], to)),
    };
    const truncated = compositeAvailability({
      graph,
      root: 'root',
      maxDepth: 2,
    });
    expect(truncated.bound).toBeCloseTo(0.970299, 12);
    expect(truncated).toMatchObject({
      truncated: true,
      confidence: 0.5,
      reachableDependencies: 5,
    });
    expect(truncated.hardDependencies.map(d => [d.id, d.depth])).toEqual([
      ['n1', 1],
      ['n2', 2],
    ]);

    // whole chain: 0.99^6 = 0.941480149401, confidence 1
    const full = compositeAvailability({ graph, root: 'root' });
    expect(full.bound).toBeCloseTo(0.941480149401, 12);
    expect(full).toMatchObject({ truncated: false, confidence: 1 });
  });

  it('counts unknown availabilities as 1, lists them and lowers confidence', () => {
    // root 0.999 → known 0.99, unknown u (also an edge-only id v):
    // bound = 0.999 × 0.99 = 0.98901; confidence = 2 known / 4 = 0.5
    const result = compositeAvailability({
      graph: {
        nodes: [
          ...nodes({ root: 0.999, known: 0.99 }),
          { id: 'u', external: true },
        ],
        edges: [hard('root', 'known'), hard('root', 'u'), hard('u', 'v')],
      },
      root: 'root',
    });
    expect(result.bound).toBeCloseTo(0.98901, 12);
    expect(result.unknownAvailability).toEqual(['u', 'v']);
    expect(result.confidence).toBe(0.5);
    expect(result.bottleneck).toEqual({ id: 'known', availability: 0.99 });
  });

  it('adds replicas in parallel', () => {
    // root 1 needs (p or q): 1 - 0.01 × 0.02 = 0.9998
    const result = compositeAvailability({
      graph: {
        nodes: nodes({ root: 1, p: 0.99, q: 0.98 }),
        edges: [hard('root', 'p', 'db'), hard('root', 'q', 'db')],
      },
      root: 'root',
    });
    expect(result.bound).toBeCloseTo(0.9998, 12);
  });

  it('rejects invalid input', () => {
    const graph = { nodes: nodes({ a: 0.9 }), edges: [] };
    expect(() => compositeAvailability({ graph, root: 'missing' })).toThrow(
      /not a node/,
    );
    expect(() =>
      compositeAvailability({ graph, root: 'a', target: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      compositeAvailability({ graph, root: 'a', maxDepth: -1 }),
    ).toThrow(RangeError);
    expect(() =>
      compositeAvailability({ graph, root: 'a', exactSharedNodeLimit: 21 }),
    ).toThrow(RangeError);
    expect(() =>
      compositeAvailability({
        graph: { nodes: nodes({ a: 0.9, b: 1.5 }), edges: [] },
        root: 'a',
      }),
    ).toThrow(RangeError);
    expect(() =>
      compositeAvailability({
        graph: { nodes: [...nodes({ a: 0.9 }), { id: 'a' }], edges: [] },
        root: 'a',
      }),
    ).toThrow(/duplicate/);
  });

  it('handles a 10,000-node chain at unlimited depth', () => {
    // 10,000 nodes at 0.99999: 0.99999^10000 = e^(10000·ln 0.99999) ≈ 0.904837
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const result = compositeAvailability({
      graph: {
        nodes: ids.map(id => ({ id, availability: 0.99999 })),
        edges: ids.slice(1).map((to, i) => hard(ids[i], to)),
      },
      root: 'n0',
      maxDepth: Infinity,
    });
    expect(result.bound).toBeCloseTo(0.99999 ** n, 9);
    expect(result.bound).toBeCloseTo(0.904837, 6);
  });

  it('stays fast on a 5,000-node layered graph (guard, not a benchmark)', () => {
    // root needs 20 nodes of layer 1; each node of layers 1..9 needs 3 of the
    // next layer (10 layers × 20 = 200 reachable); 4,799 further nodes form
    // their own layers and are not reachable from the root.
    const layer = (l: number, i: number) => `l${l}-${i}`;
    const graphNodes: DependencyGraphNode[] = [
      { id: 'root', availability: 0.9999 },
    ];
    const edges: DependencyGraphEdge[] = [];
    for (let l = 1; l <= 10; l++) {
      for (let i = 0; i < 20; i++) {
        graphNodes.push({ id: layer(l, i), availability: 0.99999 });
        if (l === 1) edges.push(hard('root', layer(l, i)));
        if (l < 10)
          for (const k of [0, 7, 13])
            edges.push(hard(layer(l, i), layer(l + 1, (i + k) % 20)));
      }
    }
    for (let i = 0; i < 4_799; i++) {
      graphNodes.push({ id: `other-${i}`, availability: 0.999 });
      if (i >= 20)
        for (const k of [1, 7, 19])
          edges.push(hard(`other-${i}`, `other-${i - k}`));
    }
    const started = performance.now();
    const result = compositeAvailability({
      graph: { nodes: graphNodes, edges },
      root: 'root',
    });
    const elapsed = performance.now() - started;
    // 0.9999 × 0.99999^200
    expect(result.bound).toBeCloseTo(0.9999 * 0.99999 ** 200, 12);
    expect(result.hardDependencies).toHaveLength(200);
    expect(elapsed).toBeLessThan(2_000);
  });
});
