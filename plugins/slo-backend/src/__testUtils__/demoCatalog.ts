import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');

function ref(kind: string, value: string): string {
  return value.includes(':') ? value : `${kind}:default/${value}`;
}

/**
 * The demo catalog of `examples/` with the relations the catalog's
 * processors would add (dependsOn, consumesApi, providesApi, ownedBy,
 * partOf), so graph code can be tested on the real demo shapes.
 */
export function demoCatalogEntities(): Entity[] {
  const entities: Entity[] = [];
  for (const file of ['components.yaml', 'resources.yaml']) {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    for (const doc of parseAllDocuments(text)) {
      const entity = doc.toJS() as Entity;
      const spec = (entity.spec ?? {}) as Record<string, any>;
      const relations = [
        ...((spec.dependsOn as string[]) ?? []).map(t => ({
          type: 'dependsOn',
          targetRef: ref('component', t),
        })),
        ...((spec.consumesApis as string[]) ?? []).map(t => ({
          type: 'consumesApi',
          targetRef: ref('api', t),
        })),
        ...((spec.providesApis as string[]) ?? []).map(t => ({
          type: 'providesApi',
          targetRef: ref('api', t),
        })),
        { type: 'ownedBy', targetRef: ref('group', spec.owner) },
      ];
      if (spec.system) {
        relations.push({
          type: 'partOf',
          targetRef: ref('system', spec.system),
        });
      }
      entities.push({ ...entity, relations });
    }
  }
  return entities;
}
