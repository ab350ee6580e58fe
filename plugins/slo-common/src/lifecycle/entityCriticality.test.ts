import { parseEntityCriticality } from './entityCriticality';

describe('parseEntityCriticality', () => {
  it.each([
    [undefined, {}],
    [{}, {}],
    [{ 'slo-engine.io/criticality': ' High ' }, { criticality: 'high' }],
    [
      { 'slo-engine.io/criticality': 'tier-1' },
      {
        issue: {
          annotation: 'slo-engine.io/criticality',
          message: '"tier-1" is not one of critical, high, medium, low',
        },
      },
    ],
  ])('%j', (annotations, expected) => {
    expect(parseEntityCriticality(annotations)).toEqual(expected);
  });
});
