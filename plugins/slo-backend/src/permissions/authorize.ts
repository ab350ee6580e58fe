import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';

/** Throws a 403 naming the permission unless the policy allows it. */
export async function authorize(
  permissions: PermissionsService,
  permission: BasicPermission,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`Missing permission ${permission.name}`);
  }
}
