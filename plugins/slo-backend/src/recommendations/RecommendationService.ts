import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphStore } from '../graph/GraphStore';
import { TelemetryHealthStatus } from '../health/TelemetryHealth';
import { generateRecommendation } from './generateRecommendation';
import {
  CachedRecommendation,
  RecommendationCache,
  RecommendationCacheOptions,
} from './RecommendationCache';
import {
  RecommendationKey,
  RecommendationStore,
  StoredRecommendation,
} from './RecommendationStore';
import { SliTypeQuery, SloRecommendationResponse } from './types';

export { CACHE_TTL_MS, WINDOW_DAYS } from './generateRecommendation';
/**
 * How long this process serves a recommendation and the graph snapshot
 * from memory before asking the database again. Bounds how late a change
 * made by another replica (stale marking, regeneration, new graph snapshot)
 * becomes visible here.
 */
export const REVALIDATE_MS = 2_000;

export interface RecommendationRequest {
  sliType: SliTypeQuery;
  lookbackDays: number;
  forceRegenerate: boolean;
}

/** Where the service learns whether the stored telemetry is current. */
export interface TelemetryHealthSource {
  status(now?: Date): Promise<TelemetryHealthStatus>;
}

type Model = Awaited<ReturnType<GraphStore['model']>>;

/** A response body and, when it is held in memory, its cache entry. */
interface Served {
  body: SloRecommendationResponse;
  entry?: CachedRecommendation;
}

const toKey = (
  entityRef: string,
  r: RecommendationRequest,
): RecommendationKey => ({
  entityRef,
  sliType: r.sliType,
  lookbackDays: r.lookbackDays,
});

/** `0 <= now - at < ttl`: a clock going backwards counts as expired. */
const fresh = (at: number, now: number, ttl: number) =>
  now - at >= 0 && now - at < ttl;

const keyString = (k: RecommendationKey) =>
  `${k.entityRef} ${k.sliType} ${k.lookbackDays}`;

/**
 * Serves FR-2 recommendations: from the cache while it is valid, else
 * generated from daily aggregates and the dependency graph and stored. When
 * generating fails, the last stored one is served with `stale: true`; so is
 * every recommendation while the telemetry behind it is not current
 * (Prometheus unreachable, aggregation failing or too old).
 *
 * Valid recommendations and the graph model are kept in process memory and
 * served without a database round trip. Every {@link REVALIDATE_MS} at most,
 * the first request reads the graph snapshot id and, in one query for all
 * of them, which remembered recommendations are still active. Stale marking
 * and regeneration on this replica take effect at once; those of other
 * replicas, and new graph snapshots, within {@link REVALIDATE_MS} plus that
 * query.
 */
export class RecommendationService {
  private readonly store: RecommendationStore;
  private readonly graph: GraphStore;
  private readonly aggregates: SliAggregateStore;
  private readonly logger?: LoggerService;
  private readonly telemetry?: TelemetryHealthSource;
  private readonly onGenerated?: (
    body: SloRecommendationResponse,
  ) => Promise<unknown>;
  private readonly cache: RecommendationCache;
  private readonly revalidateMs: number;
  /** The graph model of the last revalidation, and when it started. */
  private validated?: { model: Model; at: number };
  private validating?: Promise<Model>;
  private readonly loading = new Map<string, Promise<Served>>();
  /** Bumped by every invalidation, so loads that raced one are not cached. */
  private invalidations = 0;

  constructor(options: {
    store: RecommendationStore;
    graph: GraphStore;
    aggregates: SliAggregateStore;
    logger?: LoggerService;
    /** Marks responses stale while telemetry is not current. */
    telemetry?: TelemetryHealthSource;
    /**
     * Runs after a new recommendation is stored (auto-approval rules,
     * notifications). Its failure is logged, never the request's.
     */
    onGenerated?: (body: SloRecommendationResponse) => Promise<unknown>;
    cache?: RecommendationCacheOptions & {
      /** Defaults to {@link REVALIDATE_MS}; 0 disables the memory cache. */
      revalidateMs?: number;
    };
  }) {
    this.store = options.store;
    this.graph = options.graph;
    this.aggregates = options.aggregates;
    this.logger = options.logger;
    this.telemetry = options.telemetry;
    this.onGenerated = options.onGenerated;
    this.cache = new RecommendationCache(options.cache);
    this.revalidateMs = options.cache?.revalidateMs ?? REVALIDATE_MS;
  }

  /** Invalidates an entity's cached recommendations (drift, SLO accepted). */
  async markStale(entityRef: string, reason: string): Promise<number> {
    this.invalidate(entityRef);
    try {
      return await this.store.markStale(entityRef, reason);
    } finally {
      this.invalidate(entityRef);
    }
  }

  /**
   * Whether the engine knows the entity: from the in-memory graph model,
   * else (a node newer than the model) from the database.
   */
  async isKnown(entityRef: string, now: Date = new Date()): Promise<boolean> {
    try {
      if ((await this.currentModel(now.getTime())).node(entityRef)) {
        return true;
      }
    } catch {
      // fall through to the database
    }
    return Boolean(await this.graph.getNode(entityRef));
  }

  async get(
    entityRef: string,
    request: RecommendationRequest,
    now: Date = new Date(),
  ): Promise<SloRecommendationResponse> {
    const served = await this.resolve(toKey(entityRef, request), request, now);
    return (await this.withTelemetryHealth(served.body, now)).body;
  }

  /**
   * {@link get} serialised for HTTP as UTF-8 JSON: a recommendation served
   * from memory is serialised once, and its ETag is its id (a stored body
   * never changes). Stale responses get no ETag.
   */
  async getJson(
    entityRef: string,
    request: RecommendationRequest,
    now: Date = new Date(),
  ): Promise<{ json: Buffer; etag?: string }> {
    const served = await this.resolve(toKey(entityRef, request), request, now);
    const { body, stale } = await this.withTelemetryHealth(served.body, now);
    const entry = served.entry;
    if (!entry || stale) return { json: Buffer.from(JSON.stringify(body)) };
    entry.json ??= Buffer.from(JSON.stringify(body));
    return { json: entry.json, etag: `"${entry.id}"` };
  }

  private async resolve(
    key: RecommendationKey,
    { forceRegenerate }: RecommendationRequest,
    now: Date,
  ): Promise<Served> {
    const nowMs = now.getTime();
    try {
      const model = await this.currentModel(nowMs);
      if (forceRegenerate) {
        return await this.generateAndSave(key, model, now);
      }
      const entry = this.cache.get(key);
      if (
        entry &&
        entry.expiresAt > nowMs &&
        entry.graphSnapshotId === model.snapshotId
      ) {
        return { body: entry.body, entry };
      }
      // Concurrent requests for one key share one load or generation.
      const k = keyString(key);
      let pending = this.loading.get(k);
      if (!pending) {
        pending = this.load(key, model, now).finally(() =>
          this.loading.delete(k),
        );
        this.loading.set(k, pending);
      }
      return await pending;
    } catch (error) {
      return { body: await this.fallback(key, error) };
    }
  }

  /** From the store while valid, else generated. */
  private async load(
    key: RecommendationKey,
    model: Model,
    now: Date,
  ): Promise<Served> {
    const generation = this.invalidations;
    const nowMs = now.getTime();
    const cached = await this.store.latest(key);
    if (
      cached &&
      cached.expiresAt.getTime() > nowMs &&
      cached.graphSnapshotId === model.snapshotId
    ) {
      return {
        body: cached.body,
        entry: this.remember(key, cached, generation),
      };
    }
    return this.generateAndSave(key, model, now, generation);
  }

  private async generateAndSave(
    key: RecommendationKey,
    model: Model,
    now: Date,
    generation: number = this.invalidations,
  ): Promise<Served> {
    const body = await generateRecommendation(this.aggregates, key, model, now);
    const rec = {
      id: body.recommendation_id,
      ...key,
      body,
      graphSnapshotId: model.snapshotId,
      generatedAt: new Date(body.generated_at),
      expiresAt: new Date(body.expires_at),
    };
    await this.store.save(rec);
    const entry = this.remember(key, rec, generation);
    try {
      await this.onGenerated?.(body);
    } catch (error) {
      this.logger?.warn(
        `After generating the recommendation of ${key.entityRef}: ${error}`,
      );
    }
    return { body, entry };
  }

  private remember(
    key: RecommendationKey,
    rec: Pick<
      StoredRecommendation,
      'id' | 'body' | 'graphSnapshotId' | 'expiresAt'
    >,
    generation: number,
  ): CachedRecommendation | undefined {
    if (this.revalidateMs <= 0 || generation !== this.invalidations) {
      return undefined;
    }
    const entry: CachedRecommendation = {
      id: rec.id,
      body: rec.body,
      graphSnapshotId: rec.graphSnapshotId,
      expiresAt: rec.expiresAt.getTime(),
    };
    this.cache.set(key, entry);
    return entry;
  }

  private invalidate(entityRef: string) {
    this.invalidations++;
    this.cache.deleteEntity(entityRef);
  }

  /**
   * The graph model; at most every `revalidateMs` it is asked of the store
   * and, in the same go, one query drops the memory entries that are no
   * longer active (marked stale or superseded by another replica).
   */
  private currentModel(nowMs: number): Promise<Model> {
    const v = this.validated;
    if (v && fresh(v.at, nowMs, this.revalidateMs)) {
      return Promise.resolve(v.model);
    }
    if (!this.validating) {
      this.validating = this.revalidate(nowMs).finally(() => {
        this.validating = undefined;
      });
    }
    return this.validating;
  }

  private async revalidate(nowMs: number): Promise<Model> {
    const checked = this.cache.ids();
    const [model, active] = await Promise.all([
      this.graph.model(),
      checked.size > 0 ? this.store.activeIds(checked) : new Set<string>(),
    ]);
    this.cache.dropInactive(checked, active);
    this.validated = { model, at: nowMs };
    return model;
  }

  /** Flags `body` stale while the telemetry behind it is not current. */
  private async withTelemetryHealth(
    body: SloRecommendationResponse,
    now: Date,
  ): Promise<{ body: SloRecommendationResponse; stale: boolean }> {
    if (!this.telemetry) return { body, stale: body.stale };
    let health: TelemetryHealthStatus;
    try {
      health = await this.telemetry.status(now);
    } catch (error) {
      this.logger?.warn(`Checking telemetry health failed: ${error}`);
      return { body, stale: body.stale };
    }
    if (!health.stale) return { body, stale: body.stale };
    return {
      body: {
        ...body,
        stale: true,
        stale_reason: [body.stale_reason, health.reason]
          .filter(Boolean)
          .join('; '),
      },
      stale: true,
    };
  }

  private async fallback(
    key: RecommendationKey,
    error: unknown,
  ): Promise<SloRecommendationResponse> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger?.warn(
      `Generating the SLO recommendation of ${key.entityRef} failed: ${message}`,
    );
    let last: Pick<StoredRecommendation, 'body' | 'staleReason'> | undefined;
    try {
      last = await this.store.latest(key, { includeStale: true });
    } catch {
      // The database is down too: what this process still holds will do.
      last = this.cache.get(key);
    }
    if (!last) {
      throw new ServiceUnavailableError(
        `Cannot generate an SLO recommendation for ${key.entityRef} and none is stored: ${message}. ` +
          'Check that the SLO database and the telemetry aggregates (Prometheus) are reachable, then retry.',
      );
    }
    const reasons = [last.staleReason, `regeneration failed: ${message}`];
    return {
      ...last.body,
      stale: true,
      stale_reason: reasons.filter(Boolean).join('; '),
    };
  }
}
