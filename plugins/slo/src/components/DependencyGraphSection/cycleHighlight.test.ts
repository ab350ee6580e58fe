import { CycleAlert } from '@slo-engine/plugin-slo-common';
import { cycleHighlight, edgeKey } from './cycleHighlight';

function cycle(id: string, path: string[]): CycleAlert {
  return {
    id,
    members: [...new Set(path)].sort(),
    path,
    status: 'open',
    detectedAt: '2025-03-12T06:15:00.000Z',
  };
}

const abc = cycle('abc', ['a', 'b', 'c', 'a']);
const xy = cycle('xy', ['x', 'y', 'x']);

describe('cycleHighlight', () => {
  it.each([
    {
      what: 'a fully visible cycle',
      visible: ['a', 'b', 'c', 'd'],
      cycles: ['abc'],
      nodes: ['a', 'b', 'c'],
      edges: [edgeKey('a', 'b'), edgeKey('b', 'c'), edgeKey('c', 'a')],
    },
    {
      // The path's edges are all marked; the ones to hidden nodes are
      // never drawn anyway.
      what: 'a cycle with one visible member',
      visible: ['c', 'd'],
      cycles: ['abc'],
      nodes: ['c'],
      edges: [edgeKey('a', 'b'), edgeKey('b', 'c'), edgeKey('c', 'a')],
    },
    {
      what: 'nothing for cycles elsewhere in the fleet',
      visible: ['d'],
      cycles: [],
      nodes: [],
      edges: [],
    },
    {
      what: 'two cycles',
      visible: ['a', 'y'],
      cycles: ['abc', 'xy'],
      nodes: ['a', 'y'],
      edges: [
        edgeKey('a', 'b'),
        edgeKey('b', 'c'),
        edgeKey('c', 'a'),
        edgeKey('x', 'y'),
        edgeKey('y', 'x'),
      ],
    },
  ])('highlights $what', ({ visible, cycles, nodes, edges }) => {
    const result = cycleHighlight([abc, xy], new Set(visible));
    expect(result.cycles.map(c => c.id)).toEqual(cycles);
    expect([...result.nodes].sort()).toEqual(nodes);
    expect([...result.edges].sort()).toEqual([...edges].sort());
  });

  it('does not mark an edge between members that is not on the path', () => {
    // a → c exists in the graph but the cycle runs a → b → c → a.
    const result = cycleHighlight([abc], new Set(['a', 'b', 'c']));
    expect(result.edges.has(edgeKey('a', 'c'))).toBe(false);
  });
});
