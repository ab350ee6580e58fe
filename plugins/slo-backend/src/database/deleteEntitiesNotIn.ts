import { Knex } from 'knex';
import { chunkSize } from './chunkSize';

/**
 * Deletes the rows of `table` whose `entity_ref` is not in `keep`, in
 * chunks every engine accepts; for per-entity tables of a fleet job whose
 * entities left the catalog or lost their SLO.
 */
export async function deleteEntitiesNotIn(
  tx: Knex,
  table: string,
  keep: ReadonlySet<string>,
): Promise<number> {
  const chunk = chunkSize(tx);
  const stored: { entity_ref: string }[] = await tx(table).distinct(
    'entity_ref',
  );
  const gone = stored.map(r => r.entity_ref).filter(r => !keep.has(r));
  let deleted = 0;
  for (let i = 0; i < gone.length; i += chunk) {
    deleted += await tx(table)
      .whereIn('entity_ref', gone.slice(i, i + chunk))
      .delete();
  }
  return deleted;
}
