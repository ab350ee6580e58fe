import { InputError } from '@backstage/errors';
import {
  entityPathParamsSchema,
  toEntityRef,
} from '@slo-engine/plugin-slo-common';
import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform(v => v === 'true');

export const dependenciesQuerySchema = z
  .object({
    direction: z.enum(['upstream', 'downstream', 'both']).default('both'),
    depth: z.coerce.number().int().min(1).max(10).default(3),
    include_external: bool(true),
    include_stale: bool(false),
  })
  .strict();

export const servicesQuerySchema = z
  .object({
    owner: z.string().min(1).max(255).optional(),
    /** Alias of `owner` for a team. */
    team: z.string().min(1).max(255).optional(),
    system: z.string().min(1).max(255).optional(),
    kind: z.string().min(1).max(63).optional(),
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const cyclesQuerySchema = z
  .object({ status: z.enum(['open', 'acknowledged', 'resolved']).optional() })
  .strict();

/** Validates `value` or throws a 400 naming each offending field. */
export function parseOrThrow<T extends z.ZodTypeAny>(
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(
      `Invalid ${what}: ${parsed.error.issues
        .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}

/** The entity ref of a `/services/:kind/:namespace/:name/…` path; 400 when malformed. */
export const entityRefFromPath = (params: unknown): string =>
  toEntityRef(parseOrThrow(entityPathParamsSchema, params, 'entity path'));

export const encodeCursor = (ref: string) =>
  Buffer.from(ref, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const ref = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z0-9]+:[^/]+\/.+$/.test(ref)) {
    throw new InputError(
      'Invalid cursor: pass nextCursor from the previous page',
    );
  }
  return ref;
}
