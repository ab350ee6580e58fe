import { AutoApprovalConditions, EntityCriticality } from './autoApprovalRule';

/** What a rule is matched against: the entity and its new recommendation. @public */
export interface AutoApprovalFacts {
  /** Lower-case kind, e.g. `component`. */
  kind: string;
  type?: string;
  lifecycle?: string;
  /** Owner ref, e.g. `group:default/team-a`. */
  owner?: string;
  criticality?: EntityCriticality;
  /** Recommendation confidence, 0..1. */
  confidence: number;
}

const lower = (v: string | undefined) => v?.toLocaleLowerCase('en-US');

function within(list: readonly string[] | undefined, value?: string) {
  return list === undefined || (value !== undefined && list.includes(value));
}

/**
 * Conditions that do not hold for `facts`, as short reasons; empty when the
 * rule matches. A fact the entity lacks (no criticality annotation, no
 * type) never satisfies a condition on it.
 * @public
 */
export function autoApprovalMismatches(
  conditions: AutoApprovalConditions,
  facts: AutoApprovalFacts,
): string[] {
  const out: string[] = [];
  if (!within(conditions.criticality, facts.criticality))
    out.push(`criticality ${facts.criticality ?? 'not annotated'}`);
  if (
    conditions.confidence_min !== undefined &&
    facts.confidence < conditions.confidence_min
  )
    out.push(
      `confidence ${facts.confidence.toFixed(2)} below ${
        conditions.confidence_min
      }`,
    );
  if (!within(conditions.kind, lower(facts.kind)))
    out.push(`kind ${facts.kind}`);
  if (!within(conditions.type, lower(facts.type)))
    out.push(`type ${facts.type ?? 'not set'}`);
  if (!within(conditions.lifecycle, lower(facts.lifecycle)))
    out.push(`lifecycle ${facts.lifecycle ?? 'not set'}`);
  if (!within(conditions.team, lower(facts.owner)))
    out.push(`owner ${facts.owner ?? 'not set'}`);
  return out;
}

/** True when every condition of the rule holds. @public */
export const matchesAutoApprovalRule = (
  conditions: AutoApprovalConditions,
  facts: AutoApprovalFacts,
) => autoApprovalMismatches(conditions, facts).length === 0;
