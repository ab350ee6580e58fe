import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AnnotationIssue,
  parseDependencyAnnotations,
  SLO_ANNOTATIONS,
} from '@slo-engine/plugin-slo-common';
import { GraphNode } from './GraphNode';

/** Catalog kinds that can carry an SLO: things that serve requests. */
export const NODE_KINDS = ['Component', 'Resource'];

/** Lower-cased, like every ref the engine stores, so filters match. */
function relationTarget(entity: Entity, type: string, kind: string) {
  const relation = entity.relations?.find(
    r => r.type === type && parseEntityRef(r.targetRef).kind === kind,
  );
  return relation?.targetRef.toLocaleLowerCase('en-US');
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Lower-cased `kind:namespace/name`, the key of every engine record. */
export function entityKey(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

/**
 * Maps a catalog entity to the node the engine stores. Owner and system are
 * taken from the processed relations (full refs), so `spec.owner: team-a`
 * and `group:default/team-a` end up the same. Annotation problems are kept
 * on the node, never thrown.
 */
export function entityToNode(
  entity: Entity,
  issues: AnnotationIssue[] = [],
): GraphNode {
  const entityRef = entityKey(entity);
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const spec = entity.spec ?? {};
  const annotations = entity.metadata.annotations ?? {};
  const { externalSla } = parseDependencyAnnotations(annotations, namespace);
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
    discovered: false,
    external: externalSla !== undefined,
    publishedSla: externalSla,
    metricName: optionalString(annotations[SLO_ANNOTATIONS.prometheusService]),
    issues,
  };
}
