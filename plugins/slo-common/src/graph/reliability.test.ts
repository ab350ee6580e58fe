import fc from 'fast-check';
import { computeReliability, ReliabilityNode } from './reliability';

/** Shorthand: children must have lower indices than their parents. */
const node = (
  p: number,
  needs: number[] = [],
  groups: number[][] = [],
): ReliabilityNode => ({ p, needs, groups });

/** Brute force: sum over all 2^n up/down states. */
function oracle(nodes: ReliabilityNode[], root: number): number {
  let total = 0;
  for (let mask = 0; mask < 2 ** nodes.length; mask++) {
    let probability = 1;
    const works: boolean[] = [];
    nodes.forEach((n, v) => {
      const up = Math.floor(mask / 2 ** v) % 2 === 1;
      probability *= up ? n.p : 1 - n.p;
      works[v] =
        up &&
        n.needs.every(c => works[c]) &&
        n.groups.every(g => g.some(m => works[m]));
    });
    if (works[root]) total += probability;
  }
  return total;
}

describe('computeReliability', () => {
  it.each([
    // name, nodes, root, expected (hand computation)
    ['a single node', [node(0.99)], 0, 0.99],
    [
      // d=0, b=1, c=2, a=3; a needs b and c, both need d: 0.99^4
      'all-hard diamond counts the shared node once',
      [node(0.99), node(0.99, [0]), node(0.99, [0]), node(0.99, [1, 2])],
      3,
      0.96059601,
    ],
    [
      // a needs (b or c), both need d: a·d·(1-(1-b)(1-c))
      // = 0.99 × 0.99 × (1 - 0.01 × 0.01) = 0.9801 × 0.9999 = 0.98000199
      'redundant diamond conditions on the shared node',
      [node(0.99), node(0.99, [0]), node(0.99, [0]), node(0.99, [], [[1, 2]])],
      3,
      0.98000199,
    ],
    [
      // a needs d directly and (b or c); b and c need d, which a requires
      // anyway: same 0.98000199
      'shared node also needed directly',
      [node(0.99), node(0.99, [0]), node(0.99, [0]), node(0.99, [0], [[1, 2]])],
      3,
      0.98000199,
    ],
    [
      // a needs b and (b or c): the group is met whenever b works
      'group with a member that is required anyway',
      [node(0.9), node(0.5), node(0.99, [0], [[0, 1]])],
      2,
      0.891, // 0.99 × 0.9
    ],
    [
      // a needs (b or c) and (c or d), all 0.9, a = 1:
      // c up (0.9): 1; c down (0.1): b·d = 0.81 → 0.9 + 0.1 × 0.81 = 0.981
      'two groups sharing a member',
      [
        node(0.9),
        node(0.9),
        node(0.9),
        node(
          1,
          [],
          [
            [0, 1],
            [1, 2],
          ],
        ),
      ],
      3,
      0.981,
    ],
  ])('%s', (_name, nodes, root, expected) => {
    const result = computeReliability(nodes, root, 12);
    expect(result.upper).toBeCloseTo(expected, 12);
    expect(result.lower).toBe(result.upper);
    expect(result.upper).toBeCloseTo(oracle(nodes, root), 12);
  });

  it('uses the plain product when there is no redundancy', () => {
    const nodes = [node(0.9), node(0.8, [0]), node(0.7, [0, 1])];
    const result = computeReliability(nodes, 2, 12);
    expect(result.method).toBe('serial-product');
    expect(result.upper).toBeCloseTo(0.504, 12); // 0.9 × 0.8 × 0.7
    expect(result.spof).toEqual([true, true, true]);
  });

  it('marks single points of failure under redundancy', () => {
    // a needs (b or c); b and c need d: d alone breaks a, b and c do not
    const nodes = [
      node(0.99),
      node(0.99, [0]),
      node(0.99, [0]),
      node(1, [], [[1, 2]]),
    ];
    const result = computeReliability(nodes, 3, 12);
    expect(result.method).toBe('conditioning');
    expect(result.sharedNodes).toBe(1);
    expect(result.spof).toEqual([true, false, false, true]);
  });

  describe('beyond the exact limit', () => {
    // a needs (r1 or r2); both replicas need s0..s13 (14 shared nodes)
    const shared = Array.from({ length: 14 }, (_, i) =>
      node(0.999 - i * 0.001),
    );
    const ids = shared.map((_, i) => i);
    const nodes = [
      ...shared,
      node(0.99, ids),
      node(0.98, ids),
      node(1, [], [[14, 15]]),
    ];
    // exact: Π s × (1 - 0.01 × 0.02) = Π s × 0.9998
    const exact = shared.reduce((product, s) => product * s.p, 0.9998);

    it('is exact when the limit allows', () => {
      const result = computeReliability(nodes, 16, 14);
      expect(result.method).toBe('conditioning');
      expect(result.upper).toBeCloseTo(exact, 12);
    });

    it('brackets the exact value when it does not', () => {
      const result = computeReliability(nodes, 16, 12);
      expect(result.method).toBe('bounds');
      expect(result.sharedNodes).toBe(14);
      expect(result.lower).toBeLessThanOrEqual(exact + 1e-12);
      expect(result.upper).toBeGreaterThanOrEqual(exact - 1e-12);
      // the two most reliable (0.999, 0.998) are assumed up:
      // upper = exact / (0.999 × 0.998), lower = exact
      expect(result.upper).toBeCloseTo(exact / (0.999 * 0.998), 12);
      expect(result.lower).toBeCloseTo(exact, 12);
    });
  });

  /** Random DAGs of up to 8 nodes; node v only refers to nodes below v. */
  const dag = fc.integer({ min: 1, max: 8 }).chain(n =>
    fc.tuple(
      ...Array.from({ length: n }, (_, v) => {
        const below = Array.from({ length: v }, (__, i) => i);
        return fc.record({
          p: fc.integer({ min: 0, max: 100 }).map(x => x / 100),
          needs: fc.subarray(below, { maxLength: Math.min(2, v) }),
          groups:
            v < 2
              ? fc.constant([])
              : fc.array(
                  fc.subarray(below, {
                    minLength: 2,
                    maxLength: Math.min(3, v),
                  }),
                  { maxLength: 2 },
                ),
        });
      }),
    ),
  );

  it('matches brute-force enumeration on random DAGs', () => {
    fc.assert(
      fc.property(dag, nodes => {
        const root = nodes.length - 1;
        const expected = oracle(nodes, root);
        const exact = computeReliability(nodes, root, 12);
        expect(exact.upper).toBeCloseTo(expected, 12);
        // with nothing enumerated, the bounds still bracket the truth
        const bounds = computeReliability(nodes, root, 0);
        expect(bounds.lower).toBeLessThanOrEqual(expected + 1e-12);
        expect(bounds.upper).toBeGreaterThanOrEqual(expected - 1e-12);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('flags exactly the nodes whose lone failure breaks the root', () => {
    fc.assert(
      fc.property(dag, nodes => {
        const root = nodes.length - 1;
        const { spof } = computeReliability(nodes, root, 12);
        nodes.forEach((_, down) => {
          // the root fails with `down` at p = 0 and everything else at p = 1
          const scenario = nodes.map((n, v) => ({
            ...n,
            p: v === down ? 0 : 1,
          }));
          expect(spof[down]).toBe(oracle(scenario, root) === 0);
        });
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
