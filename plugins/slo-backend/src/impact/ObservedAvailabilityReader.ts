import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** Longest IN list sent; below every engine's parameter limit. */
const REFS_PER_QUERY = 900;

/**
 * Observed availability of many services at once, summed by the database:
 * Σgood / Σtotal of the daily buckets without gaps, as `observedAvailability`
 * computes from the rows, but returning one row per service instead of one
 * per day (5,000 services × 30 days would otherwise be 150,000 rows).
 */
interface SumRow {
  entity_ref: string;
  good: unknown;
  total: unknown;
}

export class ObservedAvailabilityReader {
  static async create(options: { database: DatabaseService }) {
    return new ObservedAvailabilityReader(await options.database.getClient());
  }

  constructor(private readonly db: Knex) {}

  async read(
    refs: string[],
    from: Date,
    to: Date,
  ): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    const add = (rows: SumRow[], keep?: Set<string>) => {
      for (const row of rows) {
        if (keep && !keep.has(row.entity_ref)) continue;
        // PostgreSQL returns sums of bigints as strings.
        const total = Number(row.total);
        if (total > 0) result.set(row.entity_ref, Number(row.good) / total);
      }
    };
    if (refs.length > REFS_PER_QUERY && !this.isSqlite()) {
      // Most of a large graph on PostgreSQL: one scan of the window beat
      // six IN lists by 4× in the benchmark (51 vs 222 ms for 5,000
      // services); on SQLite the IN lists, which use the primary key,
      // were 3× faster than the scan.
      add(await this.sums(from, to), new Set(refs));
      return result;
    }
    for (let i = 0; i < refs.length; i += REFS_PER_QUERY) {
      const chunk = refs.slice(i, i + REFS_PER_QUERY);
      add(await this.sums(from, to).whereIn('entity_ref', chunk));
    }
    return result;
  }

  private isSqlite() {
    return String(this.db.client.config.client).includes('sqlite');
  }

  private sums(from: Date, to: Date): Knex.QueryBuilder<any, SumRow[]> {
    return this.db('sli_aggregates')
      .select('entity_ref')
      .sum({ good: 'good', total: 'total' })
      .where({ resolution: 'day', gap: false })
      .where('bucket_start', '>=', from)
      .where('bucket_start', '<', to)
      .whereNotNull('good')
      .whereNotNull('total')
      .groupBy('entity_ref');
  }
}
