import { Entity } from '@backstage/catalog-model';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { SLO_ENTITY_RESOURCE_TYPE } from '@slo-engine/plugin-slo-common';

/**
 * A filter over catalog entities, in the shape of the catalog's own
 * `EntitiesSearchFilter`, so a rule's query reads like the catalog's.
 * @public
 */
export interface SloEntityFilter {
  key: string;
  values: string[];
}

/**
 * The resource behind the SLO plugin's conditional permissions: a catalog
 * entity as the SLO engine decides on it. The SLO plugin owns the type, so
 * conditions are evaluated by the SLO backend, next to the decision.
 * @public
 */
export const sloEntityPermissionResourceRef = createPermissionResourceRef<
  Entity,
  SloEntityFilter
>().with({ pluginId: 'slo', resourceType: SLO_ENTITY_RESOURCE_TYPE });
