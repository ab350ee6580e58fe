import { ServiceSummary } from '@slo-engine/plugin-slo-common';
import { GraphNode } from './GraphNode';

export function toServiceSummary(node: GraphNode): ServiceSummary {
  return {
    entityRef: node.entityRef,
    kind: node.kind,
    namespace: node.namespace,
    name: node.name,
    title: node.title,
    type: node.type,
    owner: node.owner,
    system: node.system,
    lifecycle: node.lifecycle,
    discovered: node.discovered,
    external: node.external,
    publishedSla: node.publishedSla,
    issues: node.issues,
  };
}
