import { sloDecisionSchema } from './decisionSchema';

const id = '00000000-0000-4000-8000-000000000001';

function issues(body: unknown): string[] {
  const parsed = sloDecisionSchema.safeParse(body);
  return parsed.success
    ? []
    : parsed.error.issues.map(i => `${i.path.join('.')}: ${i.message}`);
}

describe('sloDecisionSchema', () => {
  it.each([
    { action: 'accept', recommendation_id: id, selected_tier: 'balanced' },
    {
      action: 'modify',
      recommendation_id: id,
      selected_tier: 'aggressive',
      modifications: { availability_target: 99.95, window_days: 28 },
      rationale: 'payment fallback provider lands next sprint',
    },
    { action: 'reject', recommendation_id: id, rationale: 'too aggressive' },
  ])('accepts %j', body => {
    expect(issues(body)).toEqual([]);
  });

  it.each<[string, object, string]>([
    [
      'modify without rationale',
      {
        action: 'modify',
        recommendation_id: id,
        selected_tier: 'balanced',
        modifications: { availability_target: 99.95 },
      },
      'rationale: Required',
    ],
    [
      'reject with a blank rationale',
      { action: 'reject', recommendation_id: id, rationale: '   ' },
      'rationale: is required: say why',
    ],
    [
      'an actor in the body',
      {
        action: 'accept',
        recommendation_id: id,
        selected_tier: 'balanced',
        actor: 'user:default/mallory',
      },
      "Unrecognized key(s) in object: 'actor'",
    ],
    [
      'empty modifications',
      {
        action: 'modify',
        recommendation_id: id,
        selected_tier: 'balanced',
        modifications: {},
        rationale: 'x',
      },
      'modifications: name at least one target or window_days to change',
    ],
    [
      'a 7-day window',
      {
        action: 'modify',
        recommendation_id: id,
        selected_tier: 'balanced',
        modifications: { window_days: 7 },
        rationale: 'x',
      },
      'modifications.window_days: must be 28 or 30',
    ],
    [
      'a 100% target',
      {
        action: 'modify',
        recommendation_id: id,
        selected_tier: 'balanced',
        modifications: { availability_target: 100 },
        rationale: 'x',
      },
      'modifications.availability_target: must be below 100',
    ],
    [
      'an unknown action',
      { action: 'approve', recommendation_id: id },
      'action: must be accept, modify or reject',
    ],
    [
      'a recommendation id that is no uuid',
      { action: 'accept', recommendation_id: 'r1', selected_tier: 'balanced' },
      'recommendation_id: must be the recommendation_id',
    ],
    [
      'accept without a tier',
      { action: 'accept', recommendation_id: id },
      'selected_tier: Required',
    ],
  ])('refuses %s', (_name, body, expected) => {
    expect(issues(body).join('\n')).toContain(expected);
  });
});
