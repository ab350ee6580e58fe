import { findCycles, stronglyConnectedComponents } from './tarjan';

const edges = (...pairs: string[]) =>
  pairs.map(pair => {
    const [from, to] = pair.split('>');
    return { from, to };
  });

describe('stronglyConnectedComponents', () => {
  it.each([
    // name, nodes, edges, components (dependencies before dependants)
    ['no edges', ['a', 'b'], [], [['a'], ['b']]],
    [
      'a chain lists the sink first',
      ['a', 'b', 'c'],
      edges('a>b', 'b>c'),
      [['c'], ['b'], ['a']],
    ],
    [
      'one three-cycle',
      ['a', 'b', 'c'],
      edges('a>b', 'b>c', 'c>a'),
      [['a', 'b', 'c']],
    ],
    [
      // {b, c} is a cycle below a; d hangs below the cycle
      'cycle in the middle',
      ['a', 'b', 'c', 'd'],
      edges('a>b', 'b>c', 'c>b', 'c>d'),
      [['d'], ['b', 'c'], ['a']],
    ],
    [
      // two cycles joined by x>y: {y, z} must come before {w, x}
      'two cycles',
      ['w', 'x', 'y', 'z'],
      edges('w>x', 'x>w', 'x>y', 'y>z', 'z>y'),
      [
        ['y', 'z'],
        ['w', 'x'],
      ],
    ],
    ['a self-loop is its own component', ['a'], edges('a>a'), [['a']]],
    [
      'edge endpoints missing from the list are added',
      ['a'],
      edges('a>b'),
      [['b'], ['a']],
    ],
  ])('%s', (_name, nodes, list, expected) => {
    expect(stronglyConnectedComponents(nodes, list)).toEqual(expected);
  });

  it('is deterministic for the same input', () => {
    const list = edges('a>b', 'b>c', 'c>a', 'c>d', 'd>e', 'e>d', 'f>a');
    const nodes = ['f', 'e', 'd', 'c', 'b', 'a'];
    const first = stronglyConnectedComponents(nodes, list);
    expect(stronglyConnectedComponents(nodes, list)).toEqual(first);
    // members keep the order of the node list
    expect(first).toEqual([['e', 'd'], ['c', 'b', 'a'], ['f']]);
  });

  it('handles a 10,000-node chain without recursion', () => {
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((to, i) => ({ from: ids[i], to }));
    const components = stronglyConnectedComponents(ids, chain);
    expect(components).toHaveLength(n);
    expect(components[0]).toEqual([`n${n - 1}`]);

    // closing the chain makes one component of all 10,000
    chain.push({ from: ids[n - 1], to: ids[0] });
    const ring = stronglyConnectedComponents(ids, chain);
    expect(ring).toHaveLength(1);
    expect(ring[0]).toHaveLength(n);
  });
});

describe('findCycles', () => {
  it('reports a readable path that starts and ends with the first member', () => {
    expect(findCycles(['a', 'b', 'c'], edges('a>b', 'b>c', 'c>a'))).toEqual([
      { members: ['a', 'b', 'c'], path: ['a', 'b', 'c', 'a'] },
    ]);
  });

  it('reports self-loops and skips acyclic parts', () => {
    expect(findCycles(['a', 'b', 'c'], edges('a>b', 'b>b', 'b>c'))).toEqual([
      { members: ['b'], path: ['b', 'b'] },
    ]);
  });

  it('takes the shortest way back through a larger component', () => {
    // a>b>a is shorter than a>c>d>a
    const cycles = findCycles(
      ['a', 'b', 'c', 'd'],
      edges('a>c', 'c>d', 'd>a', 'a>b', 'b>a'),
    );
    expect(cycles).toEqual([
      { members: ['a', 'b', 'c', 'd'], path: ['a', 'b', 'a'] },
    ]);
  });

  it('ignores a self-loop on a member of a larger cycle when building the path', () => {
    expect(findCycles(['a', 'b'], edges('a>a', 'a>b', 'b>a'))).toEqual([
      { members: ['a', 'b'], path: ['a', 'b', 'a'] },
    ]);
  });

  it('returns nothing for a DAG', () => {
    expect(findCycles(['a', 'b', 'c'], edges('a>b', 'a>c', 'b>c'))).toEqual([]);
  });

  it('finds the cycle closing a 10,000-node ring', () => {
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const ring = ids.map((from, i) => ({ from, to: ids[(i + 1) % n] }));
    const [cycle] = findCycles(ids, ring);
    expect(cycle.path).toHaveLength(n + 1);
    expect(cycle.path[0]).toBe('n0');
    expect(cycle.path[n]).toBe('n0');
  });
});
