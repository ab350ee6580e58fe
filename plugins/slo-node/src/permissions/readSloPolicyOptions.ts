import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { RootConfigService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { SloPolicyOptions } from './policyDecision';

const groupRef = z.string().transform((value, ctx) => {
  try {
    const ref = parseEntityRef(value, { defaultKind: 'group' });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
      ctx.addIssue({ code: 'custom', message: `${value} is not a group` });
      return z.NEVER;
    }
    return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

/**
 * Reads `slo.permissions.adminGroups` (group refs; `sre` alone means
 * `group:default/sre`). Throws a clear error at start-up for a bad value.
 * @public
 */
export function readSloPolicyOptions(
  config: RootConfigService,
): SloPolicyOptions {
  const raw = config.getOptional('slo.permissions.adminGroups') ?? [];
  const parsed = z.array(groupRef).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `Invalid slo.permissions.adminGroups[${issue.path.join('.')}]: ${
        issue.message
      }`,
    );
  }
  return { adminGroups: parsed.data };
}
