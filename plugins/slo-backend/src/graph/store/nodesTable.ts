import { Knex } from 'knex';
import { GraphNode, NodeSyncResult } from '../GraphNode';
import { nodeToRow, RawNodeRow, rowToNode } from './rows';

export const NODES = 'graph_nodes';
import { chunkSize } from '../../database/chunkSize';

export async function insertChunked(db: Knex, table: string, rows: object[]) {
  const chunk = chunkSize(db);
  for (let i = 0; i < rows.length; i += chunk) {
    await db(table).insert(rows.slice(i, i + chunk));
  }
}

/**
 * Makes the catalog nodes equal to `nodes`: inserts new ones, updates
 * changed ones (turning a discovered placeholder into a catalog node),
 * and writes nothing for unchanged ones. A node that left the catalog is
 * deleted, unless another source still has edges to or from it: then it
 * stays as a discovered placeholder.
 */
export async function replaceCatalogNodes(
  db: Knex,
  nodes: GraphNode[],
  now: Date,
): Promise<NodeSyncResult> {
  const existing: Pick<RawNodeRow, 'entity_ref' | 'source' | 'content_hash'>[] =
    await db(NODES).select('entity_ref', 'source', 'content_hash');
  const current = new Map(existing.map(r => [r.entity_ref, r]));
  const wanted = new Set(nodes.map(n => n.entityRef));
  const inserts = [];
  const updates = [];
  for (const node of nodes) {
    const row = nodeToRow(node);
    const previous = current.get(node.entityRef);
    if (!previous) inserts.push({ ...row, created_at: now, updated_at: now });
    else if (previous.content_hash !== row.content_hash) {
      updates.push({ ...row, updated_at: now });
    }
  }
  const gone = existing
    .filter(r => r.source === 'catalog' && !wanted.has(r.entity_ref))
    .map(r => r.entity_ref);

  await insertChunked(db, NODES, inserts);
  for (const row of updates) {
    await db(NODES).where({ entity_ref: row.entity_ref }).update(row);
  }
  let deleted = 0;
  const chunk = chunkSize(db);
  for (let i = 0; i < gone.length; i += chunk) {
    const refs = gone.slice(i, i + chunk);
    const referenced = new Set<string>();
    const rows: { from_ref: string; to_ref: string }[] = await db('graph_edges')
      .whereNot({ source: 'catalog' })
      .where(q => q.whereIn('from_ref', refs).orWhereIn('to_ref', refs))
      .select('from_ref', 'to_ref');
    for (const r of rows) referenced.add(r.from_ref).add(r.to_ref);
    const keep = refs.filter(r => referenced.has(r));
    const drop = refs.filter(r => !referenced.has(r));
    if (keep.length > 0) {
      await db(NODES)
        .whereIn('entity_ref', keep)
        .update({ source: 'manual', discovered: true, updated_at: now });
    }
    if (drop.length > 0) {
      deleted += await db(NODES).whereIn('entity_ref', drop).delete();
    }
  }
  return {
    inserted: inserts.length,
    updated: updates.length,
    deleted,
    unchanged: nodes.length - inserts.length - updates.length,
  };
}

/**
 * Creates placeholder nodes for refs no source has described yet; returns
 * how many were created. `metadata` (from ingestion) is stored as JSON and
 * its `team` becomes the owner of a new placeholder.
 */
export async function ensureNodes(
  db: Knex,
  refs: Map<string, { source: GraphNode['source']; metadata?: object }>,
  now: Date,
): Promise<number> {
  const all = [...refs.keys()];
  const known = new Set<string>();
  for (let i = 0; i < all.length; i += 500) {
    const rows: { entity_ref: string }[] = await db(NODES)
      .whereIn('entity_ref', all.slice(i, i + 500))
      .select('entity_ref');
    rows.forEach(r => known.add(r.entity_ref));
  }
  const inserts = [];
  for (const [ref, info] of refs) {
    if (known.has(ref)) continue;
    const [kind, rest] = ref.split(':');
    const [namespace, name] = rest.split('/');
    const team = (info.metadata as { team?: unknown } | undefined)?.team;
    const row = nodeToRow({
      entityRef: ref,
      kind,
      namespace,
      name,
      owner:
        typeof team === 'string' && team ? `group:default/${team}` : undefined,
      source: info.source,
      discovered: true,
      external: false,
      issues: [],
    });
    inserts.push({
      ...row,
      metadata: info.metadata ? JSON.stringify(info.metadata) : null,
      created_at: now,
      updated_at: now,
    });
  }
  await insertChunked(db, NODES, inserts);
  return inserts.length;
}

export async function loadNodes(db: Knex): Promise<GraphNode[]> {
  const rows: RawNodeRow[] = await db(NODES).select();
  return rows.map(rowToNode);
}

export async function getNode(
  db: Knex,
  ref: string,
): Promise<GraphNode | undefined> {
  const row: RawNodeRow | undefined = await db(NODES)
    .where({ entity_ref: ref })
    .first();
  return row ? rowToNode(row) : undefined;
}
