import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Reading what the SLO engine knows about services: readiness, dependency
 * graph, recommendations, active SLOs and their history.
 * @public
 */
export const sloReadPermission = createPermission({
  name: 'slo.read',
  attributes: { action: 'read' },
});

/** All permissions of the SLO plugin, for `permissionsRegistry.addPermissions`. @public */
export const sloPermissions = [sloReadPermission];
