import {
  AuthService,
  PermissionsRegistryService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { sloPermissions } from '@slo-engine/plugin-slo-common';
import {
  sloEntityPermissionResourceRef,
  sloEntityPermissionRules,
} from '@slo-engine/plugin-slo-node';

/**
 * Registers the SLO permissions and the `slo-entity` resource type, so a
 * policy's conditional decision (e.g. owners only) is evaluated here: the
 * permission backend calls back with the entity refs, which are loaded
 * from the catalog with the plugin's own credentials.
 */
export function registerSloPermissions(deps: {
  permissionsRegistry: PermissionsRegistryService;
  catalog: CatalogService;
  auth: AuthService;
}): void {
  deps.permissionsRegistry.addResourceType({
    resourceRef: sloEntityPermissionResourceRef,
    permissions: sloPermissions,
    rules: Object.values(sloEntityPermissionRules),
    async getResources(entityRefs) {
      const { items } = await deps.catalog.getEntitiesByRefs(
        { entityRefs },
        { credentials: await deps.auth.getOwnServiceCredentials() },
      );
      return items.map(entity => entity ?? undefined);
    },
  });
}
