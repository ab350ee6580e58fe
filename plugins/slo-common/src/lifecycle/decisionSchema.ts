import { z } from 'zod';

/**
 * The body of `POST /services/{kind}/{namespace}/{name}/slos` (FR-5). The
 * actor is deliberately absent: it is the signed-in user, never the body.
 * The frontend validates its decision forms with the same schema.
 */

export const sloTierSchema = z.enum(['conservative', 'balanced', 'aggressive']);

const percent = z
  .number()
  .gt(0, 'must be a percentage above 0, e.g. 99.9')
  .lt(100, 'must be below 100: a 100% target leaves no error budget');
const millis = z.number().positive().max(600_000, 'must be at most 600000 ms');

export const sloModificationsSchema = z
  .object({
    /** Percent, e.g. 99.95. */
    availability_target: percent.optional(),
    latency_p95_target_ms: millis.optional(),
    latency_p99_target_ms: millis.optional(),
    latency_p999_target_ms: millis.optional(),
    window_days: z
      .union([z.literal(28), z.literal(30)], {
        errorMap: () => ({ message: 'must be 28 or 30' }),
      })
      .optional(),
  })
  .strict()
  .refine(m => Object.values(m).some(v => v !== undefined), {
    message: 'name at least one target or window_days to change',
  });

const recommendationId = z
  .string()
  .uuid('must be the recommendation_id of a recommendation response');
const rationale = z.string().trim().min(1, 'is required: say why').max(4000);

export const sloDecisionSchema = z.discriminatedUnion(
  'action',
  [
    z
      .object({
        action: z.literal('accept'),
        recommendation_id: recommendationId,
        selected_tier: sloTierSchema,
        rationale: rationale.optional(),
      })
      .strict(),
    z
      .object({
        action: z.literal('modify'),
        recommendation_id: recommendationId,
        selected_tier: sloTierSchema,
        modifications: sloModificationsSchema,
        rationale,
      })
      .strict(),
    z
      .object({
        action: z.literal('reject'),
        recommendation_id: recommendationId,
        selected_tier: sloTierSchema.optional(),
        rationale,
      })
      .strict(),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union_discriminator'
        ? { message: 'must be accept, modify or reject' }
        : { message: ctx.defaultError },
  },
);

export type SloModifications = z.infer<typeof sloModificationsSchema>;
export type SloDecision = z.infer<typeof sloDecisionSchema>;
