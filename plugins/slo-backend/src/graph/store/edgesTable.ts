import { Knex } from 'knex';
import { GraphEdgeRecord } from '../GraphNode';
import { chunkSize } from '../../database/chunkSize';
import { insertChunked } from './nodesTable';
import { edgeToRow, RawEdgeRow, rowToEdge } from './rows';

export const EDGES = 'graph_edges';

/**
 * Makes the catalog edges equal to `edges`; unchanged edges are not
 * written. Returns how many rows changed.
 */
export async function replaceCatalogEdges(
  db: Knex,
  edges: GraphEdgeRecord[],
  now: Date,
): Promise<number> {
  const existing: Pick<RawEdgeRow, 'from_ref' | 'to_ref' | 'content_hash'>[] =
    await db(EDGES)
      .where({ source: 'catalog' })
      .select('from_ref', 'to_ref', 'content_hash');
  const key = (from: string, to: string) => `${from}\u0000${to}`;
  const current = new Map(
    existing.map(r => [key(r.from_ref, r.to_ref), r.content_hash]),
  );
  const wanted = new Set(edges.map(e => key(e.from, e.to)));
  const inserts = [];
  const updates = [];
  for (const edge of edges) {
    const row = edgeToRow(edge);
    const previous = current.get(key(edge.from, edge.to));
    if (previous === undefined) {
      inserts.push({ ...row, created_at: now, updated_at: now });
    } else if (previous !== row.content_hash) {
      updates.push({ ...row, updated_at: now });
    }
  }
  const gone = existing.filter(r => !wanted.has(key(r.from_ref, r.to_ref)));
  await insertChunked(db, EDGES, inserts);
  for (const row of updates) {
    await db(EDGES)
      .where({ from_ref: row.from_ref, to_ref: row.to_ref, source: 'catalog' })
      .update(row);
  }
  for (const r of gone) {
    await db(EDGES)
      .where({ from_ref: r.from_ref, to_ref: r.to_ref, source: 'catalog' })
      .delete();
  }
  return inserts.length + updates.length + gone.length;
}

/**
 * Inserts or refreshes edges of a non-catalog source: attributes are
 * replaced, the edge is observed now and no longer stale. Edges of the same
 * source that are not in the batch are left alone (partial updates).
 */
export async function upsertEdges(
  db: Knex,
  edges: GraphEdgeRecord[],
  now: Date,
): Promise<number> {
  const rows = edges.map(e => ({
    ...edgeToRow(e),
    created_at: now,
    updated_at: now,
  }));
  const chunk = chunkSize(db);
  for (let i = 0; i < rows.length; i += chunk) {
    await db(EDGES)
      .insert(rows.slice(i, i + chunk))
      .onConflict(['from_ref', 'to_ref', 'source'])
      .merge([
        'criticality',
        'communication_mode',
        'redundancy_group',
        'protocol',
        'timeout_ms',
        'retry_config',
        'confidence',
        'last_observed_at',
        'stale',
        'content_hash',
        'updated_at',
      ]);
  }
  return rows.length;
}

/** Marks non-catalog edges not observed since `cutoff` as stale. */
export async function markStaleEdges(db: Knex, cutoff: Date): Promise<number> {
  return db(EDGES)
    .whereNot({ source: 'catalog' })
    .where('stale', false)
    .where('last_observed_at', '<', cutoff)
    .update({ stale: true, updated_at: new Date() });
}

export async function loadEdges(db: Knex): Promise<GraphEdgeRecord[]> {
  const rows: RawEdgeRow[] = await db(EDGES).select();
  return rows.map(rowToEdge);
}
