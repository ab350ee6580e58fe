import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/**
 * A query parameter naming an entity, e.g. `?owner=`: `payments` and
 * `group:default/payments` name the same owner. Normalised to the full,
 * lower-case ref the stores key on.
 */
export const entityRefQuery = (defaultKind: string) =>
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
          message: `"${value}" is not an entity ref, e.g. ${defaultKind}:default/name`,
        });
        return z.NEVER;
      }
    });
