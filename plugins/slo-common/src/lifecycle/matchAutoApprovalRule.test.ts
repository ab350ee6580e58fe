import { AutoApprovalConditions } from './autoApprovalRule';
import {
  AutoApprovalFacts,
  autoApprovalMismatches,
} from './matchAutoApprovalRule';

const facts: AutoApprovalFacts = {
  kind: 'Component',
  type: 'service',
  lifecycle: 'production',
  owner: 'group:default/team-a',
  criticality: 'low',
  confidence: 0.9,
};

describe('autoApprovalMismatches', () => {
  it.each<
    [
      string,
      Partial<AutoApprovalConditions>,
      Partial<AutoApprovalFacts>,
      string[],
    ]
  >([
    [
      'all conditions hold',
      {
        criticality: ['low', 'medium'],
        confidence_min: 0.85,
        kind: ['component'],
        type: ['service'],
        lifecycle: ['production'],
        team: ['group:default/team-a'],
      },
      {},
      [],
    ],
    [
      'criticality outside the list',
      { criticality: ['low'] },
      { criticality: 'high' },
      ['criticality high'],
    ],
    [
      'no criticality annotation',
      { criticality: ['low'] },
      { criticality: undefined },
      ['criticality not annotated'],
    ],
    [
      'confidence just below',
      { confidence_min: 0.85 },
      { confidence: 0.849 },
      ['confidence 0.85 below 0.85'],
    ],
    ['confidence equal to the minimum', { confidence_min: 0.9 }, {}, []],
    [
      'another team',
      { team: ['group:default/team-b'] },
      {},
      ['owner group:default/team-a'],
    ],
    [
      'owner compared case-insensitively',
      { team: ['group:default/team-a'] },
      { owner: 'group:default/Team-A' },
      [],
    ],
    [
      'no type set',
      { type: ['service'] },
      { type: undefined },
      ['type not set'],
    ],
    [
      'two conditions fail',
      { kind: ['resource'], lifecycle: ['experimental'] },
      {},
      ['kind Component', 'lifecycle production'],
    ],
  ])('%s', (_, conditions, overrides, expected) => {
    expect(
      autoApprovalMismatches(
        { tier: 'balanced', ...conditions },
        { ...facts, ...overrides },
      ),
    ).toEqual(expected);
  });
});
