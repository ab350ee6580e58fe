import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from './layoutGraph';

// Margins 16, rank gap 72, node gap 24, nodes 200 × 72 (see layoutGraph.ts).
describe('layoutGraph', () => {
  it('lays a chain out left to right, callers first', () => {
    const layout = layoutGraph({
      nodes: ['c', 'a', 'b'],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
      ],
      groups: [],
    });
    // x: 16, then 16 + 200 + 72 = 288, then 288 + 272 = 560; one row.
    expect(Object.fromEntries(layout.nodes)).toEqual({
      a: { x: 16, y: 16, width: NODE_WIDTH, height: NODE_HEIGHT },
      b: { x: 288, y: 16, width: NODE_WIDTH, height: NODE_HEIGHT },
      c: { x: 560, y: 16, width: NODE_WIDTH, height: NODE_HEIGHT },
    });
    // 16 + 3 × 200 + 2 × 72 + 16 wide, 16 + 72 + 16 high.
    expect(layout.width).toBe(776);
    expect(layout.height).toBe(104);
    expect(layout.groups.size).toBe(0);
  });

  it.each([
    [
      'a fan-out',
      [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
      ],
    ],
    [
      'a fan-in',
      [
        { from: 'b', to: 'a' },
        { from: 'c', to: 'a' },
      ],
    ],
  ])('stacks the siblings of %s one node gap apart', (_, edges) => {
    const { nodes } = layoutGraph({
      nodes: ['a', 'b', 'c'],
      edges,
      groups: [],
    });
    const b = nodes.get('b')!;
    const c = nodes.get('c')!;
    expect(b.x).toBe(c.x);
    // 72 high + 24 gap.
    expect(Math.abs(b.y - c.y)).toBe(96);
    expect(Math.abs(nodes.get('a')!.x - b.x)).toBe(272);
  });

  it('draws a group around its members only', () => {
    const layout = layoutGraph({
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
        { from: 'a', to: 'd' },
      ],
      groups: [{ id: 'g', members: ['b', 'c', 'not-drawn'] }],
    });
    const group = layout.groups.get('g')!;
    expect([...layout.groups.keys()]).toEqual(['g']);
    for (const id of ['b', 'c']) {
      const box = layout.nodes.get(id)!;
      expect(box.group).toBe('g');
      expect(box.x).toBeGreaterThan(group.x);
      expect(box.y).toBeGreaterThan(group.y);
      expect(box.x + box.width).toBeLessThan(group.x + group.width);
      expect(box.y + box.height).toBeLessThan(group.y + group.height);
    }
    for (const id of ['a', 'd']) {
      const box = layout.nodes.get(id)!;
      expect(box.group).toBeUndefined();
      const overlaps =
        box.x < group.x + group.width &&
        group.x < box.x + box.width &&
        box.y < group.y + group.height &&
        group.y < box.y + box.height;
      expect(overlaps).toBe(false);
    }
  });

  it('ignores groups without a known member, edges to unknown nodes and self-loops', () => {
    const layout = layoutGraph({
      nodes: ['a', 'b'],
      edges: [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'gone' },
        { from: 'b', to: 'b' },
      ],
      groups: [{ id: 'empty', members: ['gone'] }],
    });
    expect([...layout.nodes.keys()]).toEqual(['a', 'b']);
    expect(layout.groups.size).toBe(0);
    expect(layout.nodes.get('b')!.x).toBe(288);
  });

  it('gives the same picture whatever the input order', () => {
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'a', to: 'c' },
      { from: 'c', to: 'd' },
    ];
    const one = layoutGraph({ nodes: ['a', 'b', 'c', 'd'], edges, groups: [] });
    const two = layoutGraph({
      nodes: ['d', 'c', 'b', 'a'],
      edges: [...edges].reverse(),
      groups: [],
    });
    expect(Object.fromEntries(two.nodes)).toEqual(
      Object.fromEntries(one.nodes),
    );
  });

  it('lays out an empty graph', () => {
    const layout = layoutGraph({ nodes: [], edges: [], groups: [] });
    expect(layout.nodes.size).toBe(0);
  });
});
