import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EntityCriticality,
  parseEntityCriticality,
} from '@slo-engine/plugin-slo-common';
import { readCatalogNodes } from '../catalog/readCatalogNodes';
import { entityKey } from '../graph/entityToNode';

/** Criticality of catalog entities by lower-case ref. */
export type CriticalitySource = () => Promise<Map<string, EntityCriticality>>;

/**
 * Reads the `slo-engine.io/criticality` annotation of every component and
 * resource, as the plugin itself. The graph does not keep annotations, so
 * this is one streamed catalog read per refresh; only the fields needed
 * travel. Entities without a valid value are left out (`unspecified`).
 */
export function catalogCriticality(deps: {
  catalog: CatalogService;
  auth: AuthService;
}): CriticalitySource {
  return async () => {
    const result = new Map<string, EntityCriticality>();
    const entities = await readCatalogNodes(deps, [
      'kind',
      'metadata.namespace',
      'metadata.name',
      'metadata.annotations',
    ]);
    for (const entity of entities) {
      const { criticality } = parseEntityCriticality(
        entity.metadata.annotations,
      );
      if (criticality) result.set(entityKey(entity), criticality);
    }
    return result;
  };
}
