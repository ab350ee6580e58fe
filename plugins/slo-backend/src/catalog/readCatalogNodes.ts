import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NODE_KINDS } from '../graph/entityToNode';

/**
 * Every catalog component and resource, read as the plugin itself, with
 * only the given fields; the fleet jobs read annotations this way.
 */
export async function readCatalogNodes(
  deps: { catalog: CatalogService; auth: AuthService },
  fields: string[],
): Promise<Entity[]> {
  const credentials = await deps.auth.getOwnServiceCredentials();
  const entities: Entity[] = [];
  for await (const page of deps.catalog.streamEntities(
    { filter: { kind: NODE_KINDS }, fields },
    { credentials },
  )) {
    entities.push(...page);
  }
  return entities;
}
