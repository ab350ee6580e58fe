import {
  DependencyEdge,
  DependencyNode,
  DependencySubgraph,
  parseEntityRefParts,
} from '@slo-engine/plugin-slo-common';
import { GraphNode } from './GraphNode';
import { toServiceSummary } from './toServiceSummary';

export interface TraversalOptions {
  direction: 'upstream' | 'downstream' | 'both';
  depth: number;
  includeExternal: boolean;
  includeStale: boolean;
}

function toView(node: GraphNode, depth: number): DependencyNode {
  const { issues: _issues, ...summary } = toServiceSummary(node);
  return {
    ...summary,
    discovered: node.discovered,
    external: node.external,
    depth,
  };
}

function danglingNode(ref: string): GraphNode {
  const parts = parseEntityRefParts(ref) ?? {
    kind: 'component',
    namespace: 'default',
    name: ref,
  };
  return {
    entityRef: ref,
    ...parts,
    source: 'manual',
    discovered: true,
    external: false,
    issues: [],
  };
}

/**
 * The merged dependency graph held in memory for fast traversals; rebuilt
 * whenever a new graph snapshot appears.
 */
export class GraphModel {
  private readonly outgoing = new Map<string, DependencyEdge[]>();
  private readonly incoming = new Map<string, DependencyEdge[]>();
  private readonly nodeByRef: Map<string, GraphNode>;

  constructor(
    nodes: GraphNode[],
    readonly edges: DependencyEdge[],
    readonly snapshotId?: string,
  ) {
    this.nodeByRef = new Map(nodes.map(n => [n.entityRef, n]));
    for (const edge of edges) {
      push(this.outgoing, edge.from, edge);
      push(this.incoming, edge.to, edge);
    }
  }

  get nodes(): GraphNode[] {
    return [...this.nodeByRef.values()];
  }

  node(ref: string): GraphNode | undefined {
    return this.nodeByRef.get(ref);
  }

  /** Breadth-first walk from `root`, at most `depth` hops in each direction. */
  subgraph(root: string, options: TraversalOptions): DependencySubgraph {
    const depthOf = new Map<string, number>([[root, 0]]);
    const edges = new Map<string, DependencyEdge>();
    let truncated = false;
    const walk = (next: Map<string, DependencyEdge[]>, forward: boolean) => {
      let frontier = [root];
      const seen = new Set(frontier);
      for (let hop = 1; frontier.length > 0; hop++) {
        const following: string[] = [];
        for (const ref of frontier) {
          for (const edge of next.get(ref) ?? []) {
            if (edge.stale && !options.includeStale) continue;
            const other = forward ? edge.to : edge.from;
            if (
              !options.includeExternal &&
              this.nodeByRef.get(other)?.external
            ) {
              continue;
            }
            if (hop > options.depth) {
              truncated = true;
              continue;
            }
            edges.set(`${edge.from}\u0000${edge.to}`, edge);
            if (!depthOf.has(other) || depthOf.get(other)! > hop) {
              depthOf.set(other, hop);
            }
            if (!seen.has(other)) {
              seen.add(other);
              following.push(other);
            }
          }
        }
        if (hop > options.depth) break;
        frontier = following;
      }
    };
    if (options.direction !== 'upstream') walk(this.outgoing, true);
    if (options.direction !== 'downstream') walk(this.incoming, false);

    const nodes = [...depthOf].map(([ref, depth]) =>
      toView(this.nodeByRef.get(ref) ?? danglingNode(ref), depth),
    );
    return {
      root,
      direction: options.direction,
      depth: options.depth,
      nodes,
      edges: [...edges.values()],
      truncated,
      snapshotId: this.snapshotId,
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
