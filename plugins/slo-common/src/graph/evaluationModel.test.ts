import { hard } from './__testUtils__/graphBuilders';
import { buildEvaluationModel } from './evaluationModel';

describe('buildEvaluationModel', () => {
  it('contracts a cycle and keeps requirements leaving it', () => {
    // r → a ⇄ b, b → d; components are listed dependencies first: d, {a, b}, r
    const model = buildEvaluationModel(
      {
        nodes: [
          { id: 'r', availability: 1 },
          { id: 'a', availability: 0.99 },
          { id: 'b', availability: 0.97 },
          { id: 'd', availability: 0.9 },
        ],
        edges: [hard('r', 'a'), hard('a', 'b'), hard('b', 'a'), hard('b', 'd')],
      },
      'r',
      Infinity,
    );
    expect(model.components).toEqual([['d'], ['a', 'b'], ['r']]);
    expect(model.nodes).toEqual([
      { p: 0.9, needs: [], groups: [] },
      { p: 0.97, needs: [0], groups: [] }, // min(0.99, 0.97)
      { p: 1, needs: [1], groups: [] },
    ]);
  });

  it('drops a group offering a member of the same cycle, and turns one-member groups into needs', () => {
    // a needs (b or x) where b is in a's cycle: met whenever {a, b} works.
    // a's group "solo" has one member y: a plain need.
    const model = buildEvaluationModel(
      {
        nodes: ['r', 'a', 'b', 'x', 'y'].map(id => ({ id, availability: 0.9 })),
        edges: [
          hard('r', 'a'),
          hard('a', 'b', 'g'),
          hard('a', 'x', 'g'),
          hard('b', 'a'),
          hard('a', 'y', 'solo'),
        ],
      },
      'r',
      Infinity,
    );
    const cycle = model.componentOf.get('a')!;
    expect(model.componentOf.get('b')).toBe(cycle);
    expect(model.nodes[cycle].groups).toEqual([]);
    expect(model.nodes[cycle].needs).toEqual([model.componentOf.get('y')]);
  });

  it('follows only hard synchronous edges and measures depth along them', () => {
    const model = buildEvaluationModel(
      {
        nodes: [{ id: 'r' }],
        edges: [
          hard('r', 'a'),
          { from: 'r', to: 's', criticality: 'soft', mode: 'sync' },
          { from: 's', to: 't', criticality: 'hard', mode: 'sync' },
          hard('a', 'b'),
          hard('b', 'c'),
        ],
      },
      'r',
      1,
    );
    expect(model.evaluated).toEqual(['r', 'a']);
    expect(model.reachableCount).toBe(4); // r, a, b, c: s and t only via a soft edge
    expect(model.softEdges.map(e => e.to)).toEqual(['s']);
    expect(model.resolved.get('a')).toEqual({ source: 'unknown' });
  });
});
