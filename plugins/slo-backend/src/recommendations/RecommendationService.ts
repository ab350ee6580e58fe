import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  MAX_LOOKBACK_DAYS,
  parseEntityRefParts,
  recommendSlo,
} from '@slo-engine/plugin-slo-common';
import { randomUUID } from 'crypto';
import { SliAggregate } from '../aggregation/SliAggregate';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphStore } from '../graph/GraphStore';
import {
  dataDays,
  MS_PER_DAY,
  observedAvailability,
  stableSeed,
  startOfUtcDay,
  telemetryGaps,
  toDailySli,
} from './dailyHistory';
import { dependencyComposite } from './dependencyComposite';
import {
  RecommendationKey,
  RecommendationStore,
  StoredRecommendation,
} from './RecommendationStore';
import { toResponse } from './toResponse';
import { SliTypeQuery, SloRecommendationResponse } from './types';

/** SLO window the tiers are computed for. */
export const WINDOW_DAYS = 30;
/** How long a generated recommendation is served from the cache. */
export const CACHE_TTL_MS = 24 * 3_600_000;

export interface RecommendationRequest {
  sliType: SliTypeQuery;
  lookbackDays: number;
  forceRegenerate: boolean;
}

/**
 * Serves FR-2 recommendations: from the cache while it is valid, else
 * generated from daily aggregates and the dependency graph and stored. When
 * generating fails, the last stored one is served with `stale: true`.
 */
export class RecommendationService {
  private readonly store: RecommendationStore;
  private readonly graph: GraphStore;
  private readonly aggregates: SliAggregateStore;
  private readonly logger?: LoggerService;

  constructor(options: {
    store: RecommendationStore;
    graph: GraphStore;
    aggregates: SliAggregateStore;
    logger?: LoggerService;
  }) {
    this.store = options.store;
    this.graph = options.graph;
    this.aggregates = options.aggregates;
    this.logger = options.logger;
  }

  /** Invalidates an entity's cached recommendations (drift, SLO accepted). */
  markStale(entityRef: string, reason: string): Promise<number> {
    return this.store.markStale(entityRef, reason);
  }

  async get(
    entityRef: string,
    request: RecommendationRequest,
    now: Date = new Date(),
  ): Promise<SloRecommendationResponse> {
    const key: RecommendationKey = {
      entityRef,
      sliType: request.sliType,
      lookbackDays: request.lookbackDays,
    };
    try {
      const model = await this.graph.model();
      if (!request.forceRegenerate) {
        const cached = await this.store.latest(key);
        if (
          cached &&
          cached.expiresAt.getTime() > now.getTime() &&
          cached.graphSnapshotId === model.snapshotId
        ) {
          return cached.body;
        }
      }
      const body = await this.generate(key, model, now);
      await this.store.save({
        id: body.recommendation_id,
        ...key,
        body,
        graphSnapshotId: model.snapshotId,
        generatedAt: new Date(body.generated_at),
        expiresAt: new Date(body.expires_at),
      });
      return body;
    } catch (error) {
      return this.fallback(key, error);
    }
  }

  private async fallback(
    key: RecommendationKey,
    error: unknown,
  ): Promise<SloRecommendationResponse> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger?.warn(
      `Generating the SLO recommendation of ${key.entityRef} failed: ${message}`,
    );
    let last: StoredRecommendation | undefined;
    try {
      last = await this.store.latest(key, { includeStale: true });
    } catch {
      last = undefined;
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

  private async generate(
    key: RecommendationKey,
    model: Awaited<ReturnType<GraphStore['model']>>,
    now: Date,
  ): Promise<SloRecommendationResponse> {
    const { entityRef, lookbackDays } = key;
    const end = startOfUtcDay(now);
    const dayStart = (days: number) =>
      new Date(end.getTime() - days * MS_PER_DAY);
    // One read covers the cold-start extension to 90 days.
    const widest = Math.max(lookbackDays, MAX_LOOKBACK_DAYS);
    const all = toDailySli(
      await this.aggregates.list(entityRef, 'day', dayStart(widest), end),
    );
    const requestedFrom = dayStart(lookbackDays).toISOString().slice(0, 10);
    const requested = all.filter(d => d.day >= requestedFrom);
    const extend =
      dataDays(requested) < WINDOW_DAYS && lookbackDays < MAX_LOOKBACK_DAYS;
    const history = extend ? all : requested;
    // The engine reads at most MAX_LOOKBACK_DAYS, so the dependencies do too.
    const days = Math.min(
      extend ? MAX_LOOKBACK_DAYS : lookbackDays,
      MAX_LOOKBACK_DAYS,
    );
    const start = dayStart(days);

    // One query for every dependency, not one each.
    const composite = await dependencyComposite(
      model,
      entityRef,
      async refs => {
        const byRef = new Map<string, SliAggregate[]>(refs.map(r => [r, []]));
        for (const a of await this.aggregates.listMany(
          'day',
          start,
          end,
          refs,
        )) {
          byRef.get(a.entityRef)?.push(a);
        }
        return new Map(
          [...byRef].map(([ref, rows]) => [ref, observedAvailability(rows)]),
        );
      },
    );
    const node = model.node(entityRef);
    const parts = parseEntityRefParts(entityRef);
    const rec = recommendSlo({
      history,
      windowDays: WINDOW_DAYS,
      composite: composite.input,
      entity: {
        kind: node?.kind ?? parts?.kind ?? 'component',
        type: node?.type,
        name: node?.name ?? parts?.name,
      },
      seed: stableSeed(entityRef),
    });
    const telemetry = await this.aggregates.getStatus(entityRef);
    return toResponse(rec, composite, {
      id: randomUUID(),
      entityRef,
      sliType: key.sliType,
      generatedAt: now,
      expiresAt: new Date(now.getTime() + CACHE_TTL_MS),
      window: { start, end, requestedDays: lookbackDays, days },
      graphSnapshotId: model.snapshotId,
      telemetry,
      gaps: telemetryGaps(history, days),
    });
  }
}
