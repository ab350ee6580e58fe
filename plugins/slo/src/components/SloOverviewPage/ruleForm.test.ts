import { AutoApprovalRule } from '@slo-engine/plugin-slo-common';
import {
  describeConditions,
  EMPTY_RULE_FORM,
  RuleFormValues,
  ruleToForm,
  rulesForTeam,
  validateRuleForm,
} from './ruleForm';

const lowRisk: RuleFormValues = {
  ...EMPTY_RULE_FORM,
  name: ' low-risk services ',
  enabled: true,
  criticality: ['low', 'medium'],
  confidenceMin: '0.85',
  lifecycle: 'production',
};

describe('validateRuleForm', () => {
  it('turns the form into the API body the backend stores', () => {
    expect(validateRuleForm(lowRisk)).toEqual({
      ok: true,
      input: {
        name: 'low-risk services',
        enabled: true,
        conditions: {
          tier: 'balanced',
          criticality: ['low', 'medium'],
          confidence_min: 0.85,
          lifecycle: ['production'],
        },
      },
    });
  });

  it('splits lists, lower-cases words and normalises team refs', () => {
    const result = validateRuleForm({
      ...EMPTY_RULE_FORM,
      name: 'platform',
      tier: 'conservative',
      kind: 'Component, ,Resource',
      type: 'service',
      team: 'team-platform, user:default/guest',
    });
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'platform',
        enabled: false,
        conditions: {
          tier: 'conservative',
          kind: ['component', 'resource'],
          type: ['service'],
          team: ['group:default/team-platform', 'user:default/guest'],
        },
      },
    });
  });

  it.each<[string, Partial<RuleFormValues>, Record<string, string>]>([
    [
      'no condition besides the tier',
      { name: 'everything' },
      {
        conditions:
          'give at least one condition besides tier (criticality, confidence_min, kind, type, lifecycle or team)',
      },
    ],
    [
      'a blank name',
      { name: '  ', lifecycle: 'production' },
      { name: 'Give the rule a name (at most 255 characters)' },
    ],
    [
      'a confidence above 1',
      { name: 'r', confidenceMin: '1.5' },
      { confidenceMin: 'Number must be less than or equal to 1' },
    ],
    [
      'a confidence that is no number',
      { name: 'r', confidenceMin: '0,85', lifecycle: 'production' },
      { confidenceMin: 'Enter a number from 0 to 1, e.g. 0.85' },
    ],
    [
      'a team that is not a group or user',
      { name: 'r', team: 'system:default/shop' },
      {
        team: 'system:default/shop is not a group or user ref, e.g. group:default/team-a',
      },
    ],
  ])('refuses %s', (_, change, errors) => {
    expect(validateRuleForm({ ...EMPTY_RULE_FORM, ...change })).toEqual({
      ok: false,
      errors,
    });
  });
});

const stored: AutoApprovalRule = {
  id: '7a1c3c6e-3f0b-4a7e-9a43-0d3f1f1b2c10',
  name: 'low-risk services',
  enabled: true,
  conditions: {
    tier: 'balanced',
    criticality: ['low', 'medium'],
    confidence_min: 0.85,
    lifecycle: ['production'],
    team: ['group:default/team-storefront'],
  },
  created_by: 'user:default/admin',
  created_at: '2026-02-01T09:00:00.000Z',
  updated_by: 'user:default/admin',
  updated_at: '2026-02-01T09:00:00.000Z',
};

describe('ruleToForm', () => {
  it('fills the form so that saving it unchanged stores the same rule', () => {
    const form = ruleToForm(stored);
    expect(form).toEqual({
      name: 'low-risk services',
      enabled: true,
      tier: 'balanced',
      criticality: ['low', 'medium'],
      confidenceMin: '0.85',
      kind: '',
      type: '',
      lifecycle: 'production',
      team: 'group:default/team-storefront',
    });
    expect(validateRuleForm(form)).toEqual({
      ok: true,
      input: {
        name: stored.name,
        enabled: stored.enabled,
        conditions: stored.conditions,
      },
    });
  });
});

describe('describeConditions', () => {
  it.each([
    [
      stored.conditions,
      [
        'criticality low, medium',
        'confidence ≥ 85%',
        'lifecycle production',
        'team group:default/team-storefront',
      ],
    ],
    [
      { tier: 'aggressive' as const, kind: ['resource'], type: ['database'] },
      ['kind resource', 'type database'],
    ],
  ])('%p', (conditions, expected) => {
    expect(describeConditions(conditions)).toEqual(expected);
  });
});

describe('rulesForTeam', () => {
  const anyTeam: AutoApprovalRule = {
    ...stored,
    id: 'b',
    name: 'any team',
    conditions: { tier: 'balanced', lifecycle: ['production'] },
  };
  const rules = [stored, anyTeam];

  it.each([
    [undefined, ['low-risk services', 'any team']],
    ['team-storefront', ['low-risk services', 'any team']],
    ['group:default/Team-Storefront', ['low-risk services', 'any team']],
    ['team-checkout', ['any team']],
    [':x', ['any team']],
  ])('team %p sees %p', (team, expected) => {
    expect(rulesForTeam(rules, team).map(r => r.name)).toEqual(expected);
  });
});
