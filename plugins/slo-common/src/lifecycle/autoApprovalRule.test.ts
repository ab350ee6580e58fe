import { autoApprovalRuleInputSchema } from './autoApprovalRule';

const parse = (body: unknown) => autoApprovalRuleInputSchema.safeParse(body);
const firstIssue = (body: unknown) => {
  const r = parse(body);
  if (r.success) throw new Error('expected a validation error');
  return `${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`;
};

describe('autoApprovalRuleInputSchema', () => {
  it('accepts the FR-11 example, disabled by default, normalised', () => {
    const r = parse({
      name: ' low-risk services ',
      conditions: {
        criticality: ['low', 'medium'],
        confidence_min: 0.85,
        tier: 'balanced',
        kind: ['Component'],
        team: ['team-a', 'group:Default/Team-B', 'user:default/ada'],
      },
    });
    expect(r.success && r.data).toEqual({
      name: 'low-risk services',
      enabled: false,
      conditions: {
        criticality: ['low', 'medium'],
        confidence_min: 0.85,
        tier: 'balanced',
        kind: ['component'],
        team: [
          'group:default/team-a',
          'group:default/team-b',
          'user:default/ada',
        ],
      },
    });
  });

  it.each([
    [
      { name: 'x', conditions: { tier: 'balanced' } },
      ': give at least one condition besides tier',
    ],
    [
      { name: '', conditions: { tier: 'balanced', kind: ['component'] } },
      'name: String must contain at least 1 character(s)',
    ],
    [
      { name: 'x', conditions: { tier: 'best', kind: ['component'] } },
      'conditions.tier: Invalid enum value',
    ],
    [
      { name: 'x', conditions: { tier: 'balanced', criticality: ['urgent'] } },
      'conditions.criticality.0: Invalid enum value',
    ],
    [
      { name: 'x', conditions: { tier: 'balanced', confidence_min: 1.5 } },
      'conditions.confidence_min: Number must be less than or equal to 1',
    ],
    [
      { name: 'x', conditions: { tier: 'balanced', kind: [] } },
      'conditions.kind: list at least one kind',
    ],
    [
      {
        name: 'x',
        conditions: { tier: 'balanced', team: ['system:default/shop'] },
      },
      'conditions.team.0: system:default/shop is not a group or user ref',
    ],
    [
      { name: 'x', conditions: { tier: 'balanced', owner: ['a'] } },
      "conditions: Unrecognized key(s) in object: 'owner'",
    ],
    [
      {
        name: 'x',
        enabled: 'yes',
        conditions: { tier: 'balanced', kind: ['api'] },
      },
      'enabled: Expected boolean, received string',
    ],
  ])('refuses %j', (body, message) => {
    expect(firstIssue(body)).toContain(message);
  });
});
