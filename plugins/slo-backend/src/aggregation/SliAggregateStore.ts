import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { chunkSize } from '../database/chunkSize';
import { connectAndMigrate } from '../database/migrate';
import { SliAggregate, TelemetryStatus } from './SliAggregate';

const AGGREGATES = 'sli_aggregates';
const STATUS = 'telemetry_status';

interface RawAggregateRow {
  entity_ref: string;
  resolution: 'hour' | 'day';
  bucket_start: Date | string | number;
  good: number | null;
  total: number | null;
  availability: number | null;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  latency_p99_ms: number | null;
  latency_p999_ms: number | null;
  request_rate: number | null;
  gap: boolean | number;
}

const opt = (v: number | null) => (v === null ? undefined : Number(v));

function toRow(a: SliAggregate, now: Date) {
  return {
    entity_ref: a.entityRef,
    resolution: a.resolution,
    bucket_start: a.bucketStart,
    good: a.good ?? null,
    total: a.total ?? null,
    availability: a.availability ?? null,
    latency_p50_ms: a.latencyMs?.p50 ?? null,
    latency_p95_ms: a.latencyMs?.p95 ?? null,
    latency_p99_ms: a.latencyMs?.p99 ?? null,
    latency_p999_ms: a.latencyMs?.p999 ?? null,
    request_rate: a.requestRate ?? null,
    gap: a.gap,
    computed_at: now,
  };
}

function fromRow(r: RawAggregateRow): SliAggregate {
  const latency = {
    p50: opt(r.latency_p50_ms),
    p95: opt(r.latency_p95_ms),
    p99: opt(r.latency_p99_ms),
    p999: opt(r.latency_p999_ms),
  };
  const hasLatency = Object.values(latency).some(v => v !== undefined);
  return {
    entityRef: r.entity_ref,
    resolution: r.resolution,
    bucketStart: new Date(r.bucket_start),
    good: opt(r.good),
    total: opt(r.total),
    availability: opt(r.availability),
    latencyMs: hasLatency ? latency : undefined,
    requestRate: opt(r.request_rate),
    gap: Boolean(r.gap),
  };
}

interface RawStatusRow {
  entity_ref: string;
  status: TelemetryStatus['status'];
  message: string | null;
  last_data_at: Date | string | null;
}

function statusFromRow(row: RawStatusRow): TelemetryStatus {
  return {
    entityRef: row.entity_ref,
    status: row.status,
    message: row.message ?? undefined,
    lastDataAt: row.last_data_at ? new Date(row.last_data_at) : undefined,
  };
}

/** SLI aggregates and telemetry status on the plugin's database. */
export class SliAggregateStore {
  static async create(options: { database: DatabaseService }) {
    return new SliAggregateStore(await connectAndMigrate(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /** Inserts or replaces buckets (a recomputation overwrites its range). */
  async upsert(aggregates: SliAggregate[]): Promise<void> {
    const now = new Date();
    const rows = aggregates.map(a => toRow(a, now));
    const chunk = chunkSize(this.db);
    await this.db.transaction(async tx => {
      for (let i = 0; i < rows.length; i += chunk) {
        await tx(AGGREGATES)
          .insert(rows.slice(i, i + chunk))
          .onConflict(['entity_ref', 'resolution', 'bucket_start'])
          .merge();
      }
    });
  }

  async list(
    entityRef: string,
    resolution: 'hour' | 'day',
    from: Date,
    to: Date,
  ): Promise<SliAggregate[]> {
    return this.query(resolution, from, to, [entityRef]);
  }

  /** Buckets of several entities (all when `entityRefs` is omitted) in [from, to). */
  async listMany(
    resolution: 'hour' | 'day',
    from: Date,
    to: Date,
    entityRefs?: string[],
  ): Promise<SliAggregate[]> {
    if (!entityRefs) return this.query(resolution, from, to);
    const result: SliAggregate[] = [];
    const chunk = chunkSize(this.db);
    for (let i = 0; i < entityRefs.length; i += chunk) {
      result.push(
        ...(await this.query(
          resolution,
          from,
          to,
          entityRefs.slice(i, i + chunk),
        )),
      );
    }
    return result;
  }

  private async query(
    resolution: 'hour' | 'day',
    from: Date,
    to: Date,
    entityRefs?: string[],
  ): Promise<SliAggregate[]> {
    const query = this.db(AGGREGATES)
      .where({ resolution })
      .where('bucket_start', '>=', from)
      .where('bucket_start', '<', to)
      .orderBy(['entity_ref', 'bucket_start']);
    if (entityRefs) query.whereIn('entity_ref', entityRefs);
    const rows: RawAggregateRow[] = await query;
    return rows.map(fromRow);
  }

  /** Deletes buckets older than the retention of their resolution. */
  async prune(cutoffs: { hour: Date; day: Date }): Promise<number> {
    let deleted = 0;
    for (const resolution of ['hour', 'day'] as const) {
      deleted += await this.db(AGGREGATES)
        .where({ resolution })
        .where('bucket_start', '<', cutoffs[resolution])
        .delete();
    }
    return deleted;
  }

  async setStatus(statuses: TelemetryStatus[]): Promise<void> {
    const now = new Date();
    const chunk = chunkSize(this.db);
    await this.db.transaction(async tx => {
      for (let i = 0; i < statuses.length; i += chunk) {
        await tx(STATUS)
          .insert(
            statuses.slice(i, i + chunk).map(s => ({
              entity_ref: s.entityRef,
              status: s.status,
              message: s.message ?? null,
              last_data_at: s.lastDataAt ?? null,
              updated_at: now,
            })),
          )
          .onConflict('entity_ref')
          .merge();
      }
    });
  }

  async getStatus(entityRef: string): Promise<TelemetryStatus | undefined> {
    const row: RawStatusRow | undefined = await this.db(STATUS)
      .where({ entity_ref: entityRef })
      .first();
    return row && statusFromRow(row);
  }

  async listStatuses(): Promise<TelemetryStatus[]> {
    const rows: RawStatusRow[] = await this.db(STATUS).orderBy('entity_ref');
    return rows.map(statusFromRow);
  }
}
