import { GraphEdgeRecord, GraphNode } from '../graph/GraphNode';

/** `component:default/<name>`, the ref of a demo-style component. */
export const componentRef = (name: string) => `component:default/${name}`;

/** A catalog node in the default namespace; `extra` overrides any field. */
export function graphNode(
  name: string,
  extra: Partial<GraphNode> = {},
  kind = 'component',
): GraphNode {
  return {
    entityRef: `${kind}:default/${name}`,
    kind,
    namespace: 'default',
    name,
    source: 'catalog',
    discovered: false,
    external: false,
    issues: [],
    ...extra,
  };
}

const asRef = (nameOrRef: string) =>
  nameOrRef.includes(':') ? nameOrRef : componentRef(nameOrRef);

/** A fresh hard, sync catalog edge; plain names are components. */
export function graphEdge(
  from: string,
  to: string,
  extra: Partial<GraphEdgeRecord> = {},
): GraphEdgeRecord {
  return {
    from: asRef(from),
    to: asRef(to),
    source: 'catalog',
    criticality: 'hard',
    communicationMode: 'sync',
    confidence: 1,
    lastObservedAt: new Date(),
    stale: false,
    ...extra,
  };
}
