import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { chunkSize } from '../database/chunkSize';
import { connectAndMigrate } from '../database/migrate';
import {
  RecommendationStatus,
  SliTypeQuery,
  SloRecommendationResponse,
} from './types';

const TABLE = 'recommendations';

/** One stored recommendation. */
export interface StoredRecommendation {
  id: string;
  entityRef: string;
  sliType: SliTypeQuery;
  lookbackDays: number;
  status: RecommendationStatus;
  body: SloRecommendationResponse;
  graphSnapshotId?: string;
  generatedAt: Date;
  expiresAt: Date;
  staleReason?: string;
}

/** What identifies a cached recommendation. */
export interface RecommendationKey {
  entityRef: string;
  sliType: SliTypeQuery;
  lookbackDays: number;
}

interface RawRecommendationRow {
  id: string;
  entity_ref: string;
  sli_type: SliTypeQuery;
  lookback_days: number | string;
  status: RecommendationStatus;
  body: string;
  graph_snapshot_id: string | null;
  generated_at: Date | string | number;
  expires_at: Date | string | number;
  stale_reason: string | null;
}

function fromRow(r: RawRecommendationRow): StoredRecommendation {
  return {
    id: r.id,
    entityRef: r.entity_ref,
    sliType: r.sli_type,
    lookbackDays: Number(r.lookback_days),
    status: r.status,
    body: JSON.parse(r.body),
    graphSnapshotId: r.graph_snapshot_id ?? undefined,
    generatedAt: new Date(r.generated_at),
    expiresAt: new Date(r.expires_at),
    staleReason: r.stale_reason ?? undefined,
  };
}

/**
 * Generated recommendations on the plugin's database. History is kept: a
 * save supersedes the previous one, nothing is deleted.
 */
export class RecommendationStore {
  static async create(options: { database: DatabaseService }) {
    return new RecommendationStore(await connectAndMigrate(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /**
   * The newest recommendation for the key that is `active` or, with
   * `includeStale`, `stale` too (the fallback when generating fails).
   */
  async latest(
    key: RecommendationKey,
    options: { includeStale?: boolean } = {},
  ): Promise<StoredRecommendation | undefined> {
    const row: RawRecommendationRow | undefined = await this.db(TABLE)
      .where({
        entity_ref: key.entityRef,
        sli_type: key.sliType,
        lookback_days: key.lookbackDays,
      })
      .whereIn(
        'status',
        options.includeStale ? ['active', 'stale'] : ['active'],
      )
      .orderBy('generated_at', 'desc')
      .first();
    return row && fromRow(row);
  }

  /** Which of `ids` are still the active recommendation of their key. */
  async activeIds(ids: Iterable<string>): Promise<Set<string>> {
    const all = [...ids];
    const active = new Set<string>();
    const chunk = chunkSize(this.db);
    for (let i = 0; i < all.length; i += chunk) {
      const rows: { id: string }[] = await this.db(TABLE)
        .whereIn('id', all.slice(i, i + chunk))
        .where({ status: 'active' })
        .select('id');
      for (const r of rows) active.add(r.id);
    }
    return active;
  }

  async get(id: string): Promise<StoredRecommendation | undefined> {
    const row: RawRecommendationRow | undefined = await this.db(TABLE)
      .where({ id })
      .first();
    return row && fromRow(row);
  }

  /**
   * Stores `rec` as the active recommendation of its key, superseding the
   * previous active or stale one in the same transaction.
   */
  async save(
    rec: Omit<StoredRecommendation, 'status' | 'staleReason'>,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      await tx(TABLE)
        .where({
          entity_ref: rec.entityRef,
          sli_type: rec.sliType,
          lookback_days: rec.lookbackDays,
        })
        .whereIn('status', ['active', 'stale'])
        .update({ status: 'superseded' });
      await tx(TABLE).insert({
        id: rec.id,
        entity_ref: rec.entityRef,
        sli_type: rec.sliType,
        lookback_days: rec.lookbackDays,
        status: 'active',
        body: JSON.stringify(rec.body),
        graph_snapshot_id: rec.graphSnapshotId ?? null,
        generated_at: rec.generatedAt,
        expires_at: rec.expiresAt,
        stale_reason: null,
      });
    });
  }

  /**
   * Invalidates the entity's active recommendations (drift detected, SLO
   * accepted). They stay available as the fallback when generating fails.
   * Returns how many were marked.
   */
  async markStale(entityRef: string, reason: string): Promise<number> {
    return this.db(TABLE)
      .where({ entity_ref: entityRef, status: 'active' })
      .update({ status: 'stale', stale_reason: reason });
  }
}
