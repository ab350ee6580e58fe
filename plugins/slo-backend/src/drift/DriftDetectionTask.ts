import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DriftEventBody,
  DriftSli,
  SliDriftConfirmation,
} from '@slo-engine/plugin-slo-common';
import { randomUUID } from 'node:crypto';
import { DriftConfig } from '../config/readDriftConfig';
import type { GraphStore } from '../graph/GraphStore';
import type { SloStore } from '../lifecycle/SloStore';
import type { SloNotifier } from '../notifications/SloNotifier';
import { DEFAULT_RECOMMENDATION_REQUEST } from '../recommendations/RecommendationRefreshTask';
import type { RecommendationService } from '../recommendations/RecommendationService';
import { isMappingFailure, TelemetryMapping } from '../telemetry/metricMapping';
import { readFleetMappings } from '../telemetry/readFleetMappings';
import { TelemetryMappingConfig } from '../telemetry/readTelemetryConfig';
import { DriftPointReader } from './DriftPointReader';
import type { DriftStore } from './DriftStore';
import { describeDrift } from './driftSummary';
import { DriftStreams } from './DriftStreams';

export const DRIFT_ACTOR = 'slo-engine:drift-detection';

export interface DriftRunResult {
  entities: number;
  points: number;
  queries: number;
  events: DriftEventBody[];
}

/**
 * Feeds every entity's newest SLI points to its drift monitors and acts on
 * confirmed drift: the recommendation is marked stale and regenerated, the
 * audit log gets a `drift_triggered` row and the owners are notified.
 * Monitors and the read position are stored, so a restart loses nothing.
 */
export class DriftDetectionTask {
  static readonly id = 'slo-drift-detection';

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      mapping: TelemetryMappingConfig;
      reader: DriftPointReader;
      store: DriftStore;
      graph: Pick<GraphStore, 'model'>;
      recommendations: Pick<RecommendationService, 'markStale' | 'get'>;
      slos: Pick<SloStore, 'appendAudit'>;
      notifier: Pick<SloNotifier, 'driftDetected'>;
      config: DriftConfig;
      logger: LoggerService;
    },
  ) {}

  async run(now: Date = new Date()): Promise<DriftRunResult> {
    const { config, store, logger } = this.deps;
    const mappings = (await readFleetMappings(this.deps)).filter(
      (m): m is TelemetryMapping => !isMappingFailure(m),
    );
    const streams = new DriftStreams(config, await store.listStates());
    for (const problem of streams.discarded) {
      logger.warn(`Drift state restarted from scratch: ${problem}`);
    }
    const step = config.stepSeconds;
    // The newest step may still be missing samples that are being scraped.
    const to = Math.floor((now.getTime() / 1000 - 60) / step) * step;
    const earliest = (now.getTime() - config.initialLookbackMs) / 1000;
    let queries = 0;
    let points = 0;
    const confirmations: [string, SliDriftConfirmation][] = [];
    for (const [from, group] of streams.groupByStart(mappings, earliest)) {
      if (from >= to) continue;
      const read = await this.deps.reader.read(group, from, to);
      queries += read.queries;
      for (const m of group) {
        const entity = read.points.get(m.entityRef);
        for (const sli of ['availability', 'latency_p99'] as DriftSli[]) {
          const series =
            sli === 'availability' ? entity?.availability : entity?.latency;
          points += series?.length ?? 0;
          for (const c of streams.feed(m.entityRef, sli, series ?? [], to)) {
            confirmations.push([m.entityRef, c]);
          }
        }
      }
    }
    const events = await this.toEvents(confirmations, now);
    await store.saveRun({
      states: streams.states(),
      events,
      watchedEntityRefs: mappings.map(m => m.entityRef),
      at: now,
    });
    await this.act(events, now);
    logger.info(
      `Drift detection: ${mappings.length} entities, ${points} points in ${queries} queries, ${events.length} confirmed drifts`,
    );
    return { entities: mappings.length, points, queries, events };
  }

  private async toEvents(
    confirmations: [string, SliDriftConfirmation][],
    now: Date,
  ): Promise<DriftEventBody[]> {
    if (confirmations.length === 0) return [];
    const model = await this.deps.graph.model();
    return confirmations.map(([entityRef, c]) => {
      const node = model.node(entityRef);
      return {
        id: randomUUID(),
        entity_ref: entityRef,
        owner: node?.owner ?? null,
        system: node?.system ?? null,
        sli: c.sli,
        changed_at: new Date(c.changedAt).toISOString(),
        detected_at: new Date(c.detectedAt).toISOString(),
        confirmed_at: now.toISOString(),
        detectors: c.detectors,
        ...describeDrift(c),
      };
    });
  }

  /** Stale, audit, regenerate, notify: once per entity and run. */
  private async act(events: DriftEventBody[], now: Date) {
    const { recommendations, slos, notifier, logger } = this.deps;
    const byEntity = new Map<string, DriftEventBody[]>();
    for (const e of events) {
      byEntity.set(e.entity_ref, [...(byEntity.get(e.entity_ref) ?? []), e]);
    }
    for (const [entityRef, drifts] of byEntity) {
      const summaries = drifts.map(d => d.summary);
      try {
        await recommendations.markStale(
          entityRef,
          `SLI drift: ${summaries.join('; ')}`,
        );
        for (const d of drifts) {
          await slos.appendAudit({
            entityRef,
            action: 'drift_triggered',
            actor: DRIFT_ACTOR,
            rationale: `${d.summary} (changed at ${d.changed_at}, confirmed at ${d.detected_at})`,
          });
        }
        await recommendations.get(
          entityRef,
          { ...DEFAULT_RECOMMENDATION_REQUEST, forceRegenerate: true },
          now,
        );
        await notifier.driftDetected(entityRef, summaries);
      } catch (e) {
        logger.warn(
          `Drift of ${entityRef} recorded, but acting on it failed: ${
            (e as Error).message
          }`,
        );
      }
    }
  }
}
