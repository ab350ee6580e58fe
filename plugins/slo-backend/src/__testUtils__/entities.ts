import { Entity } from '@backstage/catalog-model';

/** A catalog component as the catalog serves it, relations included. */
export function componentEntity(
  name: string,
  options: { owner?: string; system?: string; kind?: string } = {},
): Entity {
  const owner = options.owner ?? 'team-a';
  const relations = [{ type: 'ownedBy', targetRef: `group:default/${owner}` }];
  if (options.system) {
    relations.push({
      type: 'partOf',
      targetRef: `system:default/${options.system}`,
    });
  }
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: options.kind ?? 'Component',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner,
      ...(options.system ? { system: options.system } : {}),
    },
    relations,
  };
}
