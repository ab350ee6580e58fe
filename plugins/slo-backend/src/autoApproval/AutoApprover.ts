import { Entity, RELATION_OWNED_BY } from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  AutoApprovalFacts,
  autoApprovalMismatches,
  AutoApprovalRule,
  parseEntityCriticality,
  SloRecommendationResponse,
} from '@slo-engine/plugin-slo-common';
import { recommendedTargets } from '../lifecycle/decision';
import { SloStore } from '../lifecycle/SloStore';
import { SloNotifier } from '../notifications/SloNotifier';
import { AutoApprovalRuleStore } from './AutoApprovalRuleStore';

/** Actor of an auto-approval in the audit trail. */
export const autoApprovalActor = (rule: string) => `auto-approval-rule:${rule}`;

/** What happened to a newly generated recommendation. */
export type AutoApprovalOutcome =
  | { status: 'approved'; rule: string }
  | { status: 'unchanged'; rule: string }
  | { status: 'human_decision_stands' }
  | { status: 'no_match'; mismatches: Record<string, string[]> }
  | { status: 'no_rules' }
  | { status: 'unknown_entity' };

export function entityFacts(
  entity: Entity,
  confidence: number,
): AutoApprovalFacts {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const owner = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  return {
    kind: entity.kind,
    type: str(spec.type),
    lifecycle: str(spec.lifecycle),
    owner: owner?.targetRef,
    criticality: parseEntityCriticality(entity.metadata.annotations)
      .criticality,
    confidence,
  };
}

const sameTargets = (a: object, b: object) =>
  JSON.stringify(Object.entries(a).sort()) ===
  JSON.stringify(Object.entries(b).sort());

/**
 * Runs the auto-approval rules (FR-11) on a newly generated
 * recommendation. The oldest enabled matching rule accepts its tier, logged
 * as `auto_approve` with the rule as actor. A human decision is never
 * overridden: rules only act on entities without an active SLO or whose
 * active SLO a rule approved. Owners are told either way: that a rule
 * approved, or that the recommendation awaits their decision.
 */
export class AutoApprover {
  constructor(
    private readonly options: {
      rules: AutoApprovalRuleStore;
      slos: SloStore;
      loadEntity: (entityRef: string) => Promise<Entity | undefined>;
      logger: LoggerService;
      notifier?: SloNotifier;
    },
  ) {}

  async onGenerated(
    rec: SloRecommendationResponse,
  ): Promise<AutoApprovalOutcome> {
    const entityRef = rec.service_id;
    const { slos, notifier } = this.options;
    const active = await slos.activeSlo(entityRef);
    const ruleOwned = active?.activatedBy.startsWith(autoApprovalActor(''));
    if (active && !ruleOwned) return { status: 'human_decision_stands' };

    const balanced = recommendedTargets(rec, 'balanced').availability;
    const rules = await this.options.rules.list({ enabledOnly: true });
    const found = await this.match(rec, rules);
    if ('rule' in found) {
      const { rule } = found;
      const targets = recommendedTargets(rec, rule.conditions.tier);
      if (active && sameTargets(active.targets, targets)) {
        return { status: 'unchanged', rule: rule.name };
      }
      await slos.decide({
        entityRef,
        actor: autoApprovalActor(rule.name),
        auditAction: 'auto_approve',
        decision: {
          action: 'accept',
          recommendation_id: rec.recommendation_id,
          selected_tier: rule.conditions.tier,
          rationale: `matched auto-approval rule "${rule.name}"`,
        },
      });
      this.options.logger.info(
        `Auto-approved the ${rule.conditions.tier} tier for ${entityRef} (rule "${rule.name}")`,
      );
      await notifier?.autoApproved(entityRef, rule.name, targets.availability);
      return { status: 'approved', rule: rule.name };
    }
    if (!active) await notifier?.awaitingDecision(entityRef, balanced);
    return found;
  }

  /** The first rule that matches, or why none applies. */
  private async match(
    rec: SloRecommendationResponse,
    rules: AutoApprovalRule[],
  ): Promise<
    | { rule: AutoApprovalRule }
    | Extract<
        AutoApprovalOutcome,
        { status: 'no_rules' | 'no_match' | 'unknown_entity' }
      >
  > {
    if (rules.length === 0) return { status: 'no_rules' };
    const entity = await this.options.loadEntity(rec.service_id);
    if (!entity) return { status: 'unknown_entity' };
    const facts = entityFacts(entity, rec.data_quality.confidence);
    const mismatches: Record<string, string[]> = {};
    for (const rule of rules) {
      const misses = autoApprovalMismatches(rule.conditions, facts);
      if (misses.length === 0) return { rule };
      mismatches[rule.name] = misses;
    }
    return { status: 'no_match', mismatches };
  }
}
