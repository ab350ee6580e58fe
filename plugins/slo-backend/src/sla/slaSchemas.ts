import { slaTargetPercentSchema } from '@slo-engine/plugin-slo-common';
import { z } from 'zod';
import { entityRefQuery } from '../graph/entityRefQuery';

/** Closed months a report may go back; beyond the default retention anyway. */
export const MAX_ENTITY_MONTHS = 24;
export const MAX_FLEET_MONTHS = 12;

export const slaTargetBodySchema = z
  .object({
    target_percent: slaTargetPercentSchema,
    rationale: z.string().trim().min(1).max(4000).optional(),
  })
  .strict();

/** A whole number from a query string, with bounds named in the message. */
const count = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from 0 to ${max}`)
    .default(String(fallback))
    .pipe(
      z.coerce.number().max(max, `must be a whole number from 0 to ${max}`),
    );

const format = z
  .enum(['json', 'csv'], {
    errorMap: () => ({ message: 'must be json or csv' }),
  })
  .default('json');

const download = z
  .enum(['true', 'false'], {
    errorMap: () => ({ message: 'must be true or false' }),
  })
  .default('false')
  .transform(v => v === 'true');

const fullRef = entityRefQuery;

export const entityReportQuerySchema = z
  .object({
    months: count(MAX_ENTITY_MONTHS, 12),
    format,
    download,
  })
  .strict();

export const fleetReportQuerySchema = z
  .object({
    month: z
      .string()
      .regex(
        /^\d{4}-(0[1-9]|1[0-2])$/,
        'must be a month as YYYY-MM, e.g. 2026-11',
      )
      .optional(),
    months: count(MAX_FLEET_MONTHS, 0),
    owner: fullRef('group').optional(),
    /** Alias of `owner`, as in `GET /services`. */
    team: fullRef('group').optional(),
    system: fullRef('system').optional(),
    format,
    download,
    /** Which table a CSV holds: one row per entity and month, or per month. */
    table: z
      .enum(['entities', 'summary'], {
        errorMap: () => ({ message: 'must be entities or summary' }),
      })
      .optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.owner && q.team) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['team'],
        message: 'is an alias of owner: give one of them',
      });
    }
    if (q.table && q.format !== 'csv') {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['table'],
        message:
          'only applies to format=csv; the JSON report holds both tables',
      });
    }
  })
  .transform(({ team, ...q }) => ({
    ...q,
    owner: q.owner ?? team,
    table: q.table ?? 'entities',
  }));
