import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  CycleAlert,
  EdgeConflict,
  IngestionResult,
} from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';
import { connectAndMigrate } from '../database/migrate';
import { GraphModel } from './GraphModel';
import { GraphEdgeRecord, GraphNode, NodeSyncResult } from './GraphNode';
import { acknowledgeCycle, listCycles } from './store/cyclesTable';
import {
  loadEdges,
  markStaleEdges,
  replaceCatalogEdges,
  upsertEdges,
} from './store/edgesTable';
import { getIngestion, insertIngestion } from './store/ingestionsTable';
import {
  ensureNodes,
  getNode,
  loadNodes,
  replaceCatalogNodes,
} from './store/nodesTable';
import { latestSnapshotId, recomputeGraph } from './store/recomputeGraph';
import { RawNodeRow, rowToNode } from './store/rows';
import { mergeEdges } from './mergeEdges';

export interface GraphWriteResult {
  snapshotId?: string;
  /** False when the write found nothing to change. */
  changed: boolean;
  conflicts: EdgeConflict[];
}

export interface NodeFilter {
  owner?: string;
  system?: string;
  kind?: string;
  /** Exclusive: entity refs after this one. */
  after?: string;
  limit: number;
}

/**
 * The dependency graph on the plugin's database. Every write runs in one
 * transaction together with the recomputation it causes (snapshot, cycle
 * alerts), so a failed write leaves the graph as it was.
 */
export class GraphStore {
  private cached?: GraphModel;

  static async create(options: { database: DatabaseService }) {
    return new GraphStore(await connectAndMigrate(options.database));
  }

  private constructor(private readonly db: Knex) {}

  async syncCatalog(
    nodes: GraphNode[],
    edges: GraphEdgeRecord[],
  ): Promise<NodeSyncResult & GraphWriteResult> {
    const { result, model } = await this.db.transaction(async tx => {
      const now = new Date();
      const nodeResult = await replaceCatalogNodes(tx, nodes, now);
      const edgeChanges = await replaceCatalogEdges(tx, edges, now);
      const touched =
        nodeResult.inserted +
        nodeResult.updated +
        nodeResult.deleted +
        edgeChanges;
      if (touched === 0 && (await latestSnapshotId(tx))) {
        return {
          result: { ...nodeResult, changed: false, conflicts: [] },
          model: undefined,
        };
      }
      const r = await recomputeGraph(tx, 'catalog_sync', now);
      return {
        result: { ...nodeResult, ...this.keep(r), conflicts: r.conflicts },
        model: r.model,
      };
    });
    this.remember(model);
    return result;
  }

  /**
   * Upserts edges of a non-catalog source and creates placeholder nodes for
   * endpoints nobody described. `onResult` may record the outcome inside the
   * same transaction.
   */
  async recordEdges(options: {
    edges: GraphEdgeRecord[];
    nodes: Map<string, { source: GraphNode['source']; metadata?: object }>;
    reason: string;
    onResult?: (
      tx: Knex,
      r: GraphWriteResult & { nodesCreated: number },
    ) => Promise<void>;
  }): Promise<GraphWriteResult & { nodesCreated: number }> {
    const { result, model } = await this.db.transaction(async tx => {
      const now = new Date();
      const nodesCreated = await ensureNodes(tx, options.nodes, now);
      await upsertEdges(tx, options.edges, now);
      const r = await recomputeGraph(tx, options.reason, now);
      const written = { ...this.keep(r), conflicts: r.conflicts, nodesCreated };
      await options.onResult?.(tx, written);
      return { result: written, model: r.model };
    });
    this.remember(model);
    return result;
  }

  async markStale(cutoff: Date): Promise<number> {
    return this.db.transaction(async tx => {
      const count = await markStaleEdges(tx, cutoff);
      if (count > 0) await recomputeGraph(tx, 'staleness', new Date());
      return count;
    });
  }

  /** The merged graph, rebuilt only when a newer snapshot exists. */
  async model(): Promise<GraphModel> {
    const latest = await latestSnapshotId(this.db);
    if (this.cached && this.cached.snapshotId === latest) return this.cached;
    const nodes = await loadNodes(this.db);
    const { edges } = mergeEdges(await loadEdges(this.db));
    this.cached = new GraphModel(nodes, edges, latest);
    return this.cached;
  }

  getNode(ref: string): Promise<GraphNode | undefined> {
    return getNode(this.db, ref);
  }

  async listNodes(filter: NodeFilter): Promise<GraphNode[]> {
    const query = this.db('graph_nodes')
      .orderBy('entity_ref')
      .limit(filter.limit);
    if (filter.owner) query.where({ owner: filter.owner });
    if (filter.system) query.where({ system: filter.system });
    if (filter.kind) query.where({ kind: filter.kind });
    if (filter.after) query.where('entity_ref', '>', filter.after);
    return ((await query.select()) as RawNodeRow[]).map(rowToNode);
  }

  listCycles(status?: CycleAlert['status']) {
    return listCycles(this.db, status);
  }

  acknowledgeCycle(id: string, actor: string, note?: string) {
    return acknowledgeCycle(this.db, id, actor, note);
  }

  saveIngestion(tx: Knex, result: IngestionResult) {
    return insertIngestion(tx, result);
  }

  getIngestion(id: string) {
    return getIngestion(this.db, id);
  }

  /** Keeps a committed write's model so the next read skips a rebuild. */
  private remember(model: GraphModel | undefined) {
    if (model?.snapshotId) this.cached = model;
  }

  private keep(r: { snapshotId: string; changed: boolean }) {
    return { snapshotId: r.snapshotId, changed: r.changed };
  }
}
