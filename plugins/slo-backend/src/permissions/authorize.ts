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
import { sloDecidePermission } from '@slo-engine/plugin-slo-common';

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

/**
 * The signed-in user, once the policy lets them decide on `entityRef`'s
 * SLO. The decision is a resource permission: a conditional policy (owners
 * only) is resolved by the permission backend through this plugin's
 * `slo-entity` rules.
 */
export async function authorizeEntityDecision(
  deps: { httpAuth: HttpAuthService; permissions: PermissionsService },
  req: Request,
  entityRef: string,
): Promise<{ userEntityRef: string }> {
  const credentials = await deps.httpAuth.credentials(req, { allow: ['user'] });
  const [decision] = await deps.permissions.authorize(
    [{ permission: sloDecidePermission, resourceRef: entityRef }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Missing permission ${sloDecidePermission.name} for ${entityRef}: ` +
        'only its owners and the SLO admin groups may decide on its SLO',
    );
  }
  return { userEntityRef: credentials.principal.userEntityRef };
}
