import { DatabaseService } from '@backstage/backend-plugin-api';
import { createHash } from 'crypto';
import { Knex } from 'knex';
import { connectAndMigrate } from '../database/migrate';
import { GraphNode, NodeSyncResult } from './GraphNode';
import { GraphNodeStore } from './GraphNodeStore';

const TABLE = 'graph_nodes';
// Keeps each statement under SQLite's and PostgreSQL's bind-parameter limits.
const CHUNK = 200;

interface RawGraphNodeRow {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  type: string | null;
  owner: string | null;
  system: string | null;
  lifecycle: string | null;
  source: string;
  content_hash: string;
  created_at: Date | string;
  updated_at: Date | string;
}

function hashNode(node: GraphNode): string {
  const fields = [
    node.kind,
    node.namespace,
    node.name,
    node.title,
    node.type,
    node.owner,
    node.system,
    node.lifecycle,
    node.source,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

function toRow(node: GraphNode, now: Date) {
  return {
    entity_ref: node.entityRef,
    kind: node.kind,
    namespace: node.namespace,
    name: node.name,
    title: node.title ?? null,
    type: node.type ?? null,
    owner: node.owner ?? null,
    system: node.system ?? null,
    lifecycle: node.lifecycle ?? null,
    source: node.source,
    content_hash: hashNode(node),
    updated_at: now,
  };
}

function fromRow(row: RawGraphNodeRow): GraphNode {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    title: row.title ?? undefined,
    type: row.type ?? undefined,
    owner: row.owner ?? undefined,
    system: row.system ?? undefined,
    lifecycle: row.lifecycle ?? undefined,
    source: row.source as GraphNode['source'],
  };
}

/** {@link GraphNodeStore} on the plugin's knex database (SQLite or PostgreSQL). */
export class DatabaseGraphNodeStore implements GraphNodeStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseGraphNodeStore> {
    return new DatabaseGraphNodeStore(
      await connectAndMigrate(options.database),
    );
  }

  private constructor(private readonly db: Knex) {}

  async replaceCatalogNodes(nodes: GraphNode[]): Promise<NodeSyncResult> {
    const wanted = new Map(nodes.map(n => [n.entityRef, n]));
    return this.db.transaction(async tx => {
      const existing: Pick<RawGraphNodeRow, 'entity_ref' | 'content_hash'>[] =
        await tx(TABLE)
          .where({ source: 'catalog' })
          .select('entity_ref', 'content_hash');
      const existingHash = new Map(
        existing.map(r => [r.entity_ref, r.content_hash]),
      );
      const now = new Date();
      const inserts = [];
      const updates = [];
      for (const node of wanted.values()) {
        const row = toRow(node, now);
        const previous = existingHash.get(node.entityRef);
        if (previous === undefined) inserts.push({ ...row, created_at: now });
        else if (previous !== row.content_hash) updates.push(row);
      }
      const deletions = [...existingHash.keys()].filter(r => !wanted.has(r));

      for (let i = 0; i < inserts.length; i += CHUNK) {
        await tx(TABLE).insert(inserts.slice(i, i + CHUNK));
      }
      for (const row of updates) {
        await tx(TABLE).where({ entity_ref: row.entity_ref }).update(row);
      }
      for (let i = 0; i < deletions.length; i += CHUNK) {
        await tx(TABLE)
          .whereIn('entity_ref', deletions.slice(i, i + CHUNK))
          .delete();
      }
      return {
        inserted: inserts.length,
        updated: updates.length,
        deleted: deletions.length,
        unchanged: wanted.size - inserts.length - updates.length,
      };
    });
  }

  async getNode(entityRef: string): Promise<GraphNode | undefined> {
    const row: RawGraphNodeRow | undefined = await this.db(TABLE)
      .where({ entity_ref: entityRef })
      .first();
    return row ? fromRow(row) : undefined;
  }

  async countNodes(): Promise<number> {
    const [{ count }] = await this.db(TABLE).count({ count: '*' });
    return Number(count);
  }
}
