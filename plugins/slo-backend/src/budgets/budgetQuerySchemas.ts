import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ERROR_BUDGET_STATUSES,
  ErrorBudgetStatus,
} from '@slo-engine/plugin-slo-common';
import { z } from 'zod';

const SLIS = [
  'availability',
  'latency_p95_ms',
  'latency_p99_ms',
  'latency_p999_ms',
] as const;

/** `payments` and `group:default/payments` name the same owner. */
const fullRef = (defaultKind: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(255)
    .transform((value, ctx) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
        ).toLocaleLowerCase('en-US');
      } catch {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `"${value}" is not an entity ref`,
        });
        return z.NEVER;
      }
    });

const STATUSES = new Set<string>(ERROR_BUDGET_STATUSES);

/** `warning,critical`: any of these statuses. */
const statuses = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const list = value.split(',').map(s => s.trim());
    const unknown = list.filter(s => !STATUSES.has(s));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `${unknown
          .map(s => JSON.stringify(s))
          .join(', ')}: use ${ERROR_BUDGET_STATUSES.join(
          ', ',
        )}, comma-separated`,
      });
      return z.NEVER;
    }
    return list as ErrorBudgetStatus[];
  });

export const entityBudgetQuerySchema = z.object({}).strict();

export const burnDownQuerySchema = z
  .object({ sli: z.enum(SLIS).optional() })
  .strict();

export const fleetBudgetQuerySchema = z
  .object({
    owner: fullRef('group').optional(),
    /** Alias of `owner` for a team. */
    team: fullRef('group').optional(),
    system: fullRef('system').optional(),
    status: statuses.optional(),
    sli: z.enum(SLIS).optional(),
    order: z
      .enum(['exhaustion', 'consumed', 'burn_rate', 'entity'])
      .default('exhaustion'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict()
  .refine(q => !(q.owner && q.team && q.owner !== q.team), {
    message: 'owner and team name different groups; give one',
    path: ['team'],
  });
