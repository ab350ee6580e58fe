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

/**
 * The resource type of the SLO plugin's conditional permissions: a catalog
 * entity as the SLO engine decides on it (resource ref: the entity ref).
 * @public
 */
export const SLO_ENTITY_RESOURCE_TYPE = 'slo-entity';

/**
 * Accepting, modifying or rejecting an entity's SLO recommendation. A
 * resource permission, so a policy can allow it for the entity's owners
 * only (see `sloConditions.isEntityOwner` in the node library).
 * @public
 */
export const sloDecidePermission = createPermission({
  name: 'slo.entity.decide',
  attributes: { action: 'update' },
  resourceType: SLO_ENTITY_RESOURCE_TYPE,
});

/**
 * Running an impact analysis of a proposed availability change.
 * @public
 */
export const sloImpactAnalysisPermission = createPermission({
  name: 'slo.impact.analyze',
  attributes: { action: 'read' },
});

/**
 * Creating, changing and deleting auto-approval rules.
 * @public
 */
export const sloAutoApprovalManagePermission = createPermission({
  name: 'slo.autoApproval.manage',
  attributes: { action: 'update' },
});

/** All permissions of the SLO plugin, for `permissionsRegistry.addPermissions`. @public */
export const sloPermissions = [
  sloReadPermission,
  sloGraphIngestPermission,
  sloCycleAcknowledgePermission,
  sloDecidePermission,
  sloImpactAnalysisPermission,
  sloAutoApprovalManagePermission,
];
