import {
  ERROR_BUDGET_STATUSES,
  ErrorBudgetStatus,
} from '@slo-engine/plugin-slo-common';
import { z } from 'zod';
import { entityRefQuery } from '../graph/entityRefQuery';

const SLIS = [
  'availability',
  'latency_p95_ms',
  'latency_p99_ms',
  'latency_p999_ms',
] as const;

const fullRef = entityRefQuery;

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
