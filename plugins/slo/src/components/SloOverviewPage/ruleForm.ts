import {
  AutoApprovalConditions,
  AutoApprovalRule,
  AutoApprovalRuleInput,
  autoApprovalRuleInputSchema,
  EntityCriticality,
} from '@slo-engine/plugin-slo-common';
import { formatPercent } from '../shared';
import { normalizeRef } from './fleetFilter';

/** The tiers a rule can accept. */
export const RULE_TIERS = ['conservative', 'balanced', 'aggressive'] as const;

/** The auto-approval form as the user edits it: lists as comma-separated text. */
export interface RuleFormValues {
  name: string;
  enabled: boolean;
  tier: (typeof RULE_TIERS)[number];
  criticality: EntityCriticality[];
  /** 0 to 1, as typed. */
  confidenceMin: string;
  kind: string;
  type: string;
  lifecycle: string;
  team: string;
}

/** Form fields an error can belong to; `conditions` is the whole set. */
export type RuleFormField =
  | 'name'
  | 'tier'
  | 'criticality'
  | 'confidenceMin'
  | 'kind'
  | 'type'
  | 'lifecycle'
  | 'team'
  | 'conditions';

export type RuleFormErrors = Partial<Record<RuleFormField, string>>;

export const EMPTY_RULE_FORM: RuleFormValues = {
  name: '',
  enabled: false,
  tier: 'balanced',
  criticality: [],
  confidenceMin: '',
  kind: '',
  type: '',
  lifecycle: '',
  team: '',
};

/** A stored rule in the form, to edit it. */
export function ruleToForm(rule: AutoApprovalRuleInput): RuleFormValues {
  const c = rule.conditions;
  return {
    name: rule.name,
    enabled: rule.enabled,
    tier: c.tier,
    criticality: c.criticality ?? [],
    confidenceMin:
      c.confidence_min === undefined ? '' : String(c.confidence_min),
    kind: (c.kind ?? []).join(', '),
    type: (c.type ?? []).join(', '),
    lifecycle: (c.lifecycle ?? []).join(', '),
    team: (c.team ?? []).join(', '),
  };
}

/** `a, b,,c` is `[a, b, c]`; blank text leaves the condition out. */
function splitList(text: string): string[] | undefined {
  const items = text
    .split(',')
    .map(item => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

const CONDITION_FIELDS: Record<string, RuleFormField> = {
  tier: 'tier',
  criticality: 'criticality',
  confidence_min: 'confidenceMin',
  kind: 'kind',
  type: 'type',
  lifecycle: 'lifecycle',
  team: 'team',
};

function fieldOf(path: (string | number)[]): RuleFormField {
  if (path[0] === 'name') return 'name';
  if (path[0] === 'conditions' && typeof path[1] === 'string') {
    return CONDITION_FIELDS[path[1]] ?? 'conditions';
  }
  return 'conditions';
}

/**
 * Checks the form with the same schema the backend uses, so the user sees
 * each problem next to its field before anything is sent.
 */
export function validateRuleForm(
  values: RuleFormValues,
):
  | { ok: true; input: AutoApprovalRuleInput }
  | { ok: false; errors: RuleFormErrors } {
  const errors: RuleFormErrors = {};
  let confidence: number | undefined;
  if (values.confidenceMin.trim()) {
    confidence = Number(values.confidenceMin.trim());
    // Number('0,85') is NaN; zod would only say "received nan".
    if (!Number.isFinite(confidence)) {
      errors.confidenceMin = 'Enter a number from 0 to 1, e.g. 0.85';
    }
  }
  const candidate = {
    name: values.name,
    enabled: values.enabled,
    conditions: {
      tier: values.tier,
      criticality: values.criticality.length ? values.criticality : undefined,
      confidence_min: errors.confidenceMin ? undefined : confidence,
      kind: splitList(values.kind),
      type: splitList(values.type),
      lifecycle: splitList(values.lifecycle),
      team: splitList(values.team),
    },
  };
  const parsed = autoApprovalRuleInputSchema.safeParse(candidate);
  if (parsed.success && !errors.confidenceMin) {
    return { ok: true, input: parsed.data };
  }
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??=
      field === 'name'
        ? 'Give the rule a name (at most 255 characters)'
        : issue.message;
  }
  return { ok: false, errors };
}

/** The conditions of a rule as short phrases, for the rules table. */
export function describeConditions(c: AutoApprovalConditions): string[] {
  const phrases: string[] = [];
  if (c.criticality) phrases.push(`criticality ${c.criticality.join(', ')}`);
  if (c.confidence_min !== undefined) {
    phrases.push(`confidence ≥ ${formatPercent(c.confidence_min, 0)}`);
  }
  if (c.kind) phrases.push(`kind ${c.kind.join(', ')}`);
  if (c.type) phrases.push(`type ${c.type.join(', ')}`);
  if (c.lifecycle) phrases.push(`lifecycle ${c.lifecycle.join(', ')}`);
  if (c.team) phrases.push(`team ${c.team.join(', ')}`);
  return phrases;
}

/**
 * The rules that can act on the team's entities: those naming the team and
 * those without a team condition. Rules have no system condition, so the
 * system filter does not narrow them.
 */
export function rulesForTeam(
  rules: AutoApprovalRule[],
  team: string | undefined,
): AutoApprovalRule[] {
  if (!team) return rules;
  const ref = normalizeRef(team, 'group');
  return rules.filter(
    rule =>
      !rule.conditions.team ||
      (ref !== undefined && rule.conditions.team.includes(ref)),
  );
}
