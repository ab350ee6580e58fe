import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { GraphNode } from './GraphNode';

/** Catalog kinds that can carry an SLO: things that serve requests. */
export const NODE_KINDS = ['Component', 'Resource'];

function relationTarget(entity: Entity, type: string, kind: string) {
  const relation = entity.relations?.find(
    r => r.type === type && parseEntityRef(r.targetRef).kind === kind,
  );
  return relation?.targetRef;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Maps a catalog entity to the node the engine stores. Owner and system are
 * taken from the processed relations (full refs), so `spec.owner: team-a`
 * and `group:default/team-a` end up the same.
 */
export function entityToNode(entity: Entity): GraphNode {
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const spec = entity.spec ?? {};
  return {
    entityRef,
    kind,
    namespace,
    name,
    title: optionalString(entity.metadata.title),
    type: optionalString(spec.type),
    owner:
      relationTarget(entity, RELATION_OWNED_BY, 'group') ??
      relationTarget(entity, RELATION_OWNED_BY, 'user'),
    system: relationTarget(entity, RELATION_PART_OF, 'system'),
    lifecycle: optionalString(spec.lifecycle),
    source: 'catalog',
  };
}
