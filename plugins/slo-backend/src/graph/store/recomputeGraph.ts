import { EdgeConflict, findCycles } from '@slo-engine/plugin-slo-common';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { GraphModel } from '../GraphModel';
import { mergeEdges } from '../mergeEdges';
import { loadEdges } from './edgesTable';
import { loadNodes } from './nodesTable';
import { sha256 } from './rows';

export const SNAPSHOTS = 'graph_snapshots';
export const CYCLES = 'cycle_alerts';

export interface RecomputeResult {
  snapshotId: string;
  changed: boolean;
  model: GraphModel;
  conflicts: EdgeConflict[];
  openCycles: number;
}

export async function latestSnapshotId(db: Knex): Promise<string | undefined> {
  const row = await db(SNAPSHOTS)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .first('id');
  return row?.id;
}

async function syncCycleAlerts(db: Knex, model: GraphModel, now: Date) {
  const live = model.edges.filter(e => !e.stale);
  const cycles = findCycles(
    model.nodes.map(n => n.entityRef),
    live,
  ).map(c => ({ ...c, key: sha256([...c.members].sort()) }));
  const active: { id: string; cycle_key: string }[] = await db(CYCLES)
    .whereIn('status', ['open', 'acknowledged'])
    .select('id', 'cycle_key');
  const activeKeys = new Set(active.map(a => a.cycle_key));
  const liveKeys = new Set(cycles.map(c => c.key));
  for (const cycle of cycles) {
    if (activeKeys.has(cycle.key)) continue;
    await db(CYCLES).insert({
      id: randomUUID(),
      cycle_key: cycle.key,
      members: JSON.stringify(cycle.members),
      path: JSON.stringify(cycle.path),
      status: 'open',
      detected_at: now,
    });
  }
  const resolved = active.filter(a => !liveKeys.has(a.cycle_key));
  if (resolved.length > 0) {
    await db(CYCLES)
      .whereIn(
        'id',
        resolved.map(r => r.id),
      )
      .update({ status: 'resolved', resolved_at: now });
  }
  return cycles.length;
}

/**
 * Rebuilds the merged graph after a write and, when it differs from the
 * latest snapshot, records a new snapshot and brings cycle alerts up to
 * date (Tarjan's SCCs over the non-stale edges). Run inside the write's
 * transaction so readers never see edges without their snapshot.
 */
export async function recomputeGraph(
  db: Knex,
  reason: string,
  now: Date,
): Promise<RecomputeResult> {
  const nodes = await loadNodes(db);
  const { edges, conflicts } = mergeEdges(await loadEdges(db));
  // Tuples are joined once: sorting arrays of arrays would stringify them
  // on every comparison.
  const graphHash = sha256([
    nodes.map(n => n.entityRef).sort(),
    edges
      .map(e =>
        [
          e.from,
          e.to,
          e.criticality,
          e.communicationMode,
          e.redundancyGroup ?? '',
          e.stale,
        ].join('\u0000'),
      )
      .sort(),
  ]);
  const latest = await db(SNAPSHOTS)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .first('id', 'graph_hash', 'created_at');
  if (latest && latest.graph_hash === graphHash) {
    const model = new GraphModel(nodes, edges, latest.id);
    const openCycles = await db(CYCLES)
      .whereIn('status', ['open', 'acknowledged'])
      .count({ n: '*' });
    return {
      snapshotId: latest.id,
      changed: false,
      model,
      conflicts,
      openCycles: Number(openCycles[0].n),
    };
  }
  const snapshotId = randomUUID();
  // Snapshots are ordered by time: never write one at or before the latest.
  const after = latest ? new Date(latest.created_at).getTime() + 1 : 0;
  await db(SNAPSHOTS).insert({
    id: snapshotId,
    reason,
    node_count: nodes.length,
    edge_count: edges.length,
    graph_hash: graphHash,
    created_at: new Date(Math.max(now.getTime(), after)),
  });
  const model = new GraphModel(nodes, edges, snapshotId);
  const openCycles = await syncCycleAlerts(db, model, now);
  return { snapshotId, changed: true, model, conflicts, openCycles };
}
