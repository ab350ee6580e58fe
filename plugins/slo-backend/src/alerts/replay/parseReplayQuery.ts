import { InputError } from '@backstage/errors';
import { z } from 'zod';

export const MAX_LOOKBACK_DAYS = 30;
const DAYS_MESSAGE = `lookback_days must be a whole number of days from 1 to ${MAX_LOOKBACK_DAYS}`;

export const alertReplayQuerySchema = z
  .object({
    lookback_days: z
      .string({ invalid_type_error: `${DAYS_MESSAGE}, given once` })
      .regex(/^\d{1,3}$/, DAYS_MESSAGE)
      .transform(Number)
      .pipe(
        z.number().min(1, DAYS_MESSAGE).max(MAX_LOOKBACK_DAYS, DAYS_MESSAGE),
      )
      .default('7'),
  })
  .strict();

/** The validated query of `GET …/slos/alert-replay`. */
export interface AlertReplayQueryParams {
  lookbackDays: number;
}

/**
 * Parses `?lookback_days=N` (default 7). Throws InputError (400) naming the
 * parameter and what is accepted.
 */
export function parseReplayQuery(query: unknown): AlertReplayQueryParams {
  const parsed = alertReplayQuerySchema.safeParse(query ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter ${issue.keys
            .map(k => JSON.stringify(k))
            .join(', ')}: only lookback_days is accepted`
        : issue.message,
    );
    throw new InputError(
      `Invalid alert-replay query: ${[...new Set(problems)].join('; ')}`,
    );
  }
  return { lookbackDays: parsed.data.lookback_days };
}
