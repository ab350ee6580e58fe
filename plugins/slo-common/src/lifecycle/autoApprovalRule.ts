import { z } from 'zod';
import { parseEntityRefParts } from '../entityRef';

/** Entity criticality, from the `slo-engine.io/criticality` annotation. @public */
export const ENTITY_CRITICALITIES = [
  'critical',
  'high',
  'medium',
  'low',
] as const;

/** @public */
export type EntityCriticality = (typeof ENTITY_CRITICALITIES)[number];

const nonEmptyList = <T extends z.ZodTypeAny>(item: T, what: string) =>
  z
    .array(item)
    .min(1, `list at least one ${what}, or leave the condition out`)
    .max(100);

const word = z
  .string()
  .trim()
  .min(1)
  .max(63)
  .transform(v => v.toLocaleLowerCase('en-US'));

const ownerRef = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const parts = parseEntityRefParts(value, { kind: 'group' });
    const kind = parts?.kind.toLocaleLowerCase('en-US');
    if (!parts || (kind !== 'group' && kind !== 'user')) {
      ctx.addIssue({
        code: 'custom',
        message: `${value} is not a group or user ref, e.g. group:default/team-a`,
      });
      return z.NEVER;
    }
    return `${kind}:${parts.namespace}/${parts.name}`.toLocaleLowerCase(
      'en-US',
    );
  });

/**
 * When an auto-approval rule applies. Every condition given must hold;
 * a list matches when the value is any of its items. Besides `tier` (which
 * tier is accepted), at least one condition is required, so no rule
 * approves every entity by accident.
 * @public
 */
export const autoApprovalConditionsSchema = z
  .object({
    /** The tier to accept. */
    tier: z.enum(['conservative', 'balanced', 'aggressive']),
    /** Entity criticality (annotation `slo-engine.io/criticality`). */
    criticality: nonEmptyList(
      z.enum(ENTITY_CRITICALITIES),
      'criticality',
    ).optional(),
    /** Minimum recommendation confidence, 0..1 (`data_quality.confidence`). */
    confidence_min: z.number().min(0).max(1).optional(),
    /** Entity kinds, e.g. `component`. */
    kind: nonEmptyList(word, 'kind').optional(),
    /** `spec.type`, e.g. `service`. */
    type: nonEmptyList(word, 'type').optional(),
    /** `spec.lifecycle`, e.g. `production`. */
    lifecycle: nonEmptyList(word, 'lifecycle').optional(),
    /** Owning team (`spec.owner`), group or user refs. */
    team: nonEmptyList(ownerRef, 'team').optional(),
  })
  .strict()
  .refine(
    c => Object.entries(c).some(([k, v]) => k !== 'tier' && v !== undefined),
    {
      message:
        'give at least one condition besides tier (criticality, confidence_min, kind, type, lifecycle or team)',
    },
  );

/** Body of `POST /auto-approval-rules` and `PUT /auto-approval-rules/{id}`. @public */
export const autoApprovalRuleInputSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    enabled: z.boolean().default(false),
    conditions: autoApprovalConditionsSchema,
  })
  .strict();

/** @public */
export type AutoApprovalConditions = z.infer<
  typeof autoApprovalConditionsSchema
>;

/** @public */
export type AutoApprovalRuleInput = z.infer<typeof autoApprovalRuleInputSchema>;

/** A stored rule, as the API returns it. @public */
export interface AutoApprovalRule extends AutoApprovalRuleInput {
  id: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}
