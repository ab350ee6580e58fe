import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** Longest IN list sent; below every engine's parameter limit. */
const REFS_PER_QUERY = 900;

/** Σgood, Σtotal and the number of days with traffic of one entity. */
export interface MonthSums {
  good: number;
  total: number;
  daysWithData: number;
}

interface SumRow {
  entity_ref: string;
  good: unknown;
  total: unknown;
  days: unknown;
}

/**
 * Sums the daily SLI aggregates of many entities over one span in the
 * database: one row per entity instead of one per day, so a fleet month is
 * one query per 900 entities.
 */
export class SlaMonthReader {
  static async create(options: { database: DatabaseService }) {
    return new SlaMonthReader(await options.database.getClient());
  }

  constructor(private readonly db: Knex) {}

  /** Daily buckets starting in [from, to); entities without any are absent. */
  async sums(
    entityRefs: string[],
    from: Date,
    to: Date,
  ): Promise<Map<string, MonthSums>> {
    const result = new Map<string, MonthSums>();
    if (from.getTime() >= to.getTime()) return result;
    for (let i = 0; i < entityRefs.length; i += REFS_PER_QUERY) {
      const rows: SumRow[] = await this.db('sli_aggregates')
        .select('entity_ref')
        .sum({ good: 'good', total: 'total' })
        .count({ days: '*' })
        .where({ resolution: 'day', gap: false })
        .where('bucket_start', '>=', from)
        .where('bucket_start', '<', to)
        .whereNotNull('good')
        .whereNotNull('total')
        .where('total', '>', 0)
        .whereIn('entity_ref', entityRefs.slice(i, i + REFS_PER_QUERY))
        .groupBy('entity_ref');
      for (const row of rows) {
        // PostgreSQL returns sums and counts as strings.
        const total = Number(row.total);
        result.set(row.entity_ref, {
          // Each day has good <= total; the clamp only absorbs float noise.
          good: Math.min(Number(row.good), total),
          total,
          daysWithData: Number(row.days),
        });
      }
    }
    return result;
  }
}
