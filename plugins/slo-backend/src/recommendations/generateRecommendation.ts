import {
  MAX_LOOKBACK_DAYS,
  parseEntityRefParts,
  recommendSlo,
} from '@slo-engine/plugin-slo-common';
import { randomUUID } from 'crypto';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphStore } from '../graph/GraphStore';
import {
  dataDays,
  MS_PER_DAY,
  readObservedAvailability,
  stableSeed,
  startOfUtcDay,
  telemetryGaps,
  toDailySli,
} from './dailyHistory';
import { dependencyComposite } from './dependencyComposite';
import { RecommendationKey } from './RecommendationStore';
import { toResponse } from './toResponse';
import { SloRecommendationResponse } from './types';

/** SLO window the tiers are computed for. */
export const WINDOW_DAYS = 30;
/** How long a generated recommendation is served from the cache. */
export const CACHE_TTL_MS = 24 * 3_600_000;

type GraphModelSnapshot = Awaited<ReturnType<GraphStore['model']>>;

/**
 * One FR-2 recommendation from the stored daily aggregates and the
 * dependency graph: the requested lookback (extended to 90 days on a cold
 * start), the composite bound of the downstream graph, the engine's tiers.
 */
export async function generateRecommendation(
  aggregates: Pick<SliAggregateStore, 'list' | 'listMany' | 'getStatus'>,
  key: RecommendationKey,
  model: GraphModelSnapshot,
  now: Date,
): Promise<SloRecommendationResponse> {
  const { entityRef, lookbackDays } = key;
  const end = startOfUtcDay(now);
  const dayStart = (days: number) =>
    new Date(end.getTime() - days * MS_PER_DAY);
  // One read covers the cold-start extension to 90 days.
  const widest = Math.max(lookbackDays, MAX_LOOKBACK_DAYS);
  const all = toDailySli(
    await aggregates.list(entityRef, 'day', dayStart(widest), end),
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
  const composite = await dependencyComposite(model, entityRef, refs =>
    readObservedAvailability(aggregates, refs, start, end),
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
  const telemetry = await aggregates.getStatus(entityRef);
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
