import { ConflictError, NotFoundError } from '@backstage/errors';
import { CycleAlert } from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';
import { CYCLES } from './recomputeGraph';

interface RawCycleRow {
  id: string;
  members: string;
  path: string;
  status: CycleAlert['status'];
  detected_at: Date | string;
  acknowledged_by: string | null;
  acknowledged_at: Date | string | null;
  note: string | null;
  resolved_at: Date | string | null;
}

const iso = (d: Date | string | null) =>
  d === null ? undefined : new Date(d).toISOString();

function toAlert(row: RawCycleRow): CycleAlert {
  return {
    id: row.id,
    members: JSON.parse(row.members),
    path: JSON.parse(row.path),
    status: row.status,
    detectedAt: iso(row.detected_at)!,
    acknowledgedBy: row.acknowledged_by ?? undefined,
    acknowledgedAt: iso(row.acknowledged_at),
    note: row.note ?? undefined,
    resolvedAt: iso(row.resolved_at),
  };
}

export async function listCycles(
  db: Knex,
  status?: CycleAlert['status'],
): Promise<CycleAlert[]> {
  const query = db(CYCLES).orderBy('detected_at', 'desc');
  if (status) query.where({ status });
  return ((await query.select()) as RawCycleRow[]).map(toAlert);
}

/** Only an open alert can be acknowledged. */
export async function acknowledgeCycle(
  db: Knex,
  id: string,
  actor: string,
  note: string | undefined,
): Promise<CycleAlert> {
  const updated = await db(CYCLES)
    .where({ id, status: 'open' })
    .update({
      status: 'acknowledged',
      acknowledged_by: actor,
      acknowledged_at: new Date(),
      note: note ?? null,
    });
  const row: RawCycleRow | undefined = await db(CYCLES).where({ id }).first();
  if (!row) throw new NotFoundError(`No cycle alert ${id}`);
  if (updated === 0) {
    throw new ConflictError(
      `Cycle alert ${id} is ${row.status}; only open alerts can be acknowledged`,
    );
  }
  return toAlert(row);
}
