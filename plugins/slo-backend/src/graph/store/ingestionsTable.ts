import { NotFoundError } from '@backstage/errors';
import { IngestionResult } from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';

const INGESTIONS = 'graph_ingestions';

export async function insertIngestion(db: Knex, result: IngestionResult) {
  await db(INGESTIONS).insert({
    id: result.ingestionId,
    source: result.source,
    status: result.status,
    nodes_received: result.nodesReceived,
    edges_received: result.edgesReceived,
    nodes_created: result.nodesCreated,
    edges_upserted: result.edgesUpserted,
    conflicts: JSON.stringify(result.conflicts),
    warnings: JSON.stringify(result.warnings),
    snapshot_id: result.snapshotId ?? null,
    created_by: result.createdBy ?? null,
    created_at: new Date(result.createdAt),
    completed_at: result.completedAt ? new Date(result.completedAt) : null,
  });
}

export async function getIngestion(
  db: Knex,
  id: string,
): Promise<IngestionResult> {
  const row = await db(INGESTIONS).where({ id }).first();
  if (!row) throw new NotFoundError(`No ingestion ${id}`);
  return {
    ingestionId: row.id,
    source: row.source,
    status: row.status,
    nodesReceived: row.nodes_received,
    edgesReceived: row.edges_received,
    nodesCreated: row.nodes_created,
    edgesUpserted: row.edges_upserted,
    conflicts: JSON.parse(row.conflicts),
    warnings: JSON.parse(row.warnings),
    snapshotId: row.snapshot_id ?? undefined,
    createdBy: row.created_by ?? undefined,
    createdAt: new Date(row.created_at).toISOString(),
    completedAt: row.completed_at
      ? new Date(row.completed_at).toISOString()
      : undefined,
  };
}
