import { GraphNode, NodeSyncResult } from './GraphNode';

/** Persistence of the entities the engine knows. */
export interface GraphNodeStore {
  /**
   * Makes the stored catalog nodes equal to `nodes` in one transaction:
   * inserts new ones, updates changed ones, deletes catalog nodes that left
   * the catalog, and writes nothing for unchanged ones.
   */
  replaceCatalogNodes(nodes: GraphNode[]): Promise<NodeSyncResult>;
  getNode(entityRef: string): Promise<GraphNode | undefined>;
  countNodes(): Promise<number>;
}
