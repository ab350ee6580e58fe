import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  AnnotationIssue,
  parseDependencyAnnotations,
} from '@slo-engine/plugin-slo-common';
import { entityKey, entityToNode } from './entityToNode';
import { GraphEdgeRecord, GraphNode } from './GraphNode';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Builds nodes and catalog edges from catalog components and resources:
 * `dependsOn` relations to components and resources, and `consumesApi`
 * resolved to the components that `providesApi` it. Edge attributes come
 * from the consumer's annotations; annotations naming a target that is not
 * a dependency are reported on the consumer.
 */
export function catalogGraph(
  entities: Entity[],
  now: Date,
): { nodes: GraphNode[]; edges: GraphEdgeRecord[] } {
  const providers = new Map<string, string[]>();
  for (const entity of entities) {
    for (const r of entity.relations ?? []) {
      if (r.type !== 'providesApi') continue;
      const api = lower(r.targetRef);
      providers.set(api, [...(providers.get(api) ?? []), entityKey(entity)]);
    }
  }

  const nodes: GraphNode[] = [];
  const edges: GraphEdgeRecord[] = [];
  for (const entity of entities) {
    const from = entityKey(entity);
    const { namespace } = parseEntityRef(from);
    const parsed = parseDependencyAnnotations(
      entity.metadata.annotations,
      namespace,
    );
    const targets = new Set<string>();
    for (const r of entity.relations ?? []) {
      if (r.type === 'dependsOn') {
        const kind = parseEntityRef(r.targetRef).kind.toLocaleLowerCase(
          'en-US',
        );
        if (kind === 'component' || kind === 'resource') {
          targets.add(lower(r.targetRef));
        }
      } else if (r.type === 'consumesApi') {
        for (const provider of providers.get(lower(r.targetRef)) ?? []) {
          targets.add(provider);
        }
      }
    }
    targets.delete(from);

    const issues: AnnotationIssue[] = [...parsed.issues];
    const annotated = [
      ...parsed.criticality.keys(),
      ...parsed.mode.keys(),
      ...parsed.redundancyGroup.keys(),
    ];
    for (const ref of new Set(annotated)) {
      if (!targets.has(ref)) {
        issues.push({
          annotation: 'slo-engine.io/*',
          message: `${ref} is annotated but is not a dependency of ${from} (dependsOn or consumesApi)`,
        });
      }
    }
    nodes.push(entityToNode(entity, issues));
    for (const to of [...targets].sort()) {
      edges.push({
        from,
        to,
        source: 'catalog',
        criticality: parsed.criticality.get(to) ?? 'hard',
        communicationMode: parsed.mode.get(to) ?? 'sync',
        redundancyGroup: parsed.redundancyGroup.get(to),
        confidence: 1,
        lastObservedAt: now,
        stale: false,
      });
    }
  }
  return { nodes, edges };
}
