import { z } from 'zod';

/**
 * Parses `input` with `schema`, turning the first problem into a RangeError
 * such as "invalid ADWIN parameters: clock must be an integer >= 1".
 */
export function parseOrThrow<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  input: unknown,
  what: string,
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.join('.');
  throw new RangeError(
    `invalid ${what}: ${path ? `${path} ` : ''}${issue.message}`,
  );
}

/** Any finite number (JSON has no NaN or Infinity). */
export const finite = () =>
  z.number({ invalid_type_error: 'must be a number' }).finite('must be finite');

/** An integer in [min, max]. */
export const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ invalid_type_error: 'must be a number' })
    .refine(v => Number.isInteger(v) && v >= min && v <= max, {
      message:
        max === Number.MAX_SAFE_INTEGER
          ? `must be an integer >= ${min}`
          : `must be an integer in [${min}, ${max}]`,
    });

/** A number strictly inside (lo, hi), or including an end when asked. */
export const between = (
  lo: number,
  hi: number,
  { loClosed = false, hiClosed = false } = {},
) =>
  finite().refine(
    v => (loClosed ? v >= lo : v > lo) && (hiClosed ? v <= hi : v < hi),
    {
      message: `must be in ${loClosed ? '[' : '('}${lo}, ${hi}${
        hiClosed ? ']' : ')'
      }`,
    },
  );

/** Rejects a value that would poison a detector's running sums. */
export function assertFiniteInput(x: number): void {
  if (!Number.isFinite(x)) {
    throw new RangeError(
      `drift detector input must be a finite number, got ${x}`,
    );
  }
}
