import { z } from 'zod';
import { entityRefQuery } from '../graph/entityRefQuery';

/** A whole number from a query string, with its bounds in the message. */
const whole = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .default(String(fallback))
    .pipe(
      z.coerce
        .number()
        .min(min, `must be a whole number from ${min} to ${max}`)
        .max(max, `must be a whole number from ${min} to ${max}`),
    );

/** `YYYY-MM-DD`, a real calendar day (UTC). */
const isoDay = z
  .string()
  .refine(
    v =>
      /^\d{4}-\d{2}-\d{2}$/.test(v) &&
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
      new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'must be a date as YYYY-MM-DD, e.g. 2026-01-31',
  );

/** `owner=team-a` and `group:default/team-a` name the same team. */
const filter = {
  owner: entityRefQuery('group').optional(),
  system: entityRefQuery('system').optional(),
};

export const coverageQuerySchema = z.object(filter).strict();

export const budgetHealthQuerySchema = z
  .object({ ...filter, limit: whole(1, 100, 10) })
  .strict();

export const recommendationQualityQuerySchema = z
  .object({ ...filter, since: isoDay.optional() })
  .strict();

export const driftQuerySchema = z
  .object({
    ...filter,
    days: whole(1, 90, 7),
    limit: whole(1, 500, 50),
  })
  .strict();
