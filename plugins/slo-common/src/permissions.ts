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

/**
 * Pushing dependency-graph data through the bulk ingestion API.
 * @public
 */
export const sloGraphIngestPermission = createPermission({
  name: 'slo.graph.ingest',
  attributes: { action: 'create' },
});

/**
 * Acknowledging a dependency-cycle alert.
 * @public
 */
export const sloCycleAcknowledgePermission = createPermission({
  name: 'slo.cycle.acknowledge',
  attributes: { action: 'update' },
});

/** All permissions of the SLO plugin, for `permissionsRegistry.addPermissions`. @public */
export const sloPermissions = [
  sloReadPermission,
  sloGraphIngestPermission,
  sloCycleAcknowledgePermission,
];
