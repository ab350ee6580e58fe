/*
 * The demo's permission policy: the SLO plugin's rules (owners decide,
 * `slo.permissions.adminGroups` do everything, everyone reads), and allow
 * for every other plugin's permissions. See docs/permissions.md.
 */
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  readSloPolicyOptions,
  sloPolicyDecision,
  SloPolicyOptions,
} from '@slo-engine/plugin-slo-node';

/** SLO rules first; other plugins' permissions are allowed in the demo. */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly options: SloPolicyOptions) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    return (
      sloPolicyDecision(request, user, this.options) ?? {
        result: AuthorizeResult.ALLOW,
      }
    );
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'slo-demo-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new DemoPermissionPolicy(readSloPolicyOptions(config)),
        );
      },
    });
  },
});
