import { Entity } from '@backstage/catalog-model';
import { GeneratedGraph, refOf } from './generateGraph';

/**
 * Catalog Components as the catalog serves them after processing: spec
 * plus the relations it derives (ownedBy, partOf, dependsOn and the reverse
 * dependencyOf on the target).
 */
export function catalogEntities(graph: GeneratedGraph): Entity[] {
  const dependsOn = graph.services.map(() => [] as string[]);
  const dependencyOf = graph.services.map(() => [] as string[]);
  for (const e of graph.edges) {
    dependsOn[e.from].push(refOf(graph.services[e.to]));
    dependencyOf[e.to].push(refOf(graph.services[e.from]));
  }
  return graph.services.map((name, i) => {
    const owner = graph.teams[i];
    const system = `system-${graph.layerOf[i]}`;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        namespace: 'default',
        title: name.toUpperCase(),
        annotations: {
          'backstage.io/managed-by-location': `url:https://example.com/${name}/catalog-info.yaml`,
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner,
        system,
        dependsOn: dependsOn[i],
      },
      relations: [
        { type: 'ownedBy', targetRef: `group:default/${owner}` },
        { type: 'partOf', targetRef: `system:default/${system}` },
        ...dependsOn[i].map(targetRef => ({ type: 'dependsOn', targetRef })),
        ...dependencyOf[i].map(targetRef => ({
          type: 'dependencyOf',
          targetRef,
        })),
      ],
    };
  });
}
