import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';
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

/**
 * The caller's credentials, once the policy allows `permission` for them.
 * Services may call read routes; only users may make decisions.
 */
export async function authorizeRequest<
  TAllow extends 'user' | 'service' = 'user' | 'service',
>(
  deps: { httpAuth: HttpAuthService; permissions: PermissionsService },
  req: Request,
  permission: BasicPermission,
  allow: TAllow[] = ['user', 'service'] as TAllow[],
) {
  const credentials = await deps.httpAuth.credentials(req, { allow });
  await authorize(deps.permissions, permission, credentials);
  return credentials;
}
