import { LoggerService } from '@backstage/backend-plugin-api';
import type { AlertSpecSource } from '../alerts/specs/types';
import type { PrometheusClient } from '../prometheus/PrometheusClient';
import { buildBudgetSnapshot } from './buildBudgetSnapshot';
import type { ErrorBudgetStore } from './ErrorBudgetStore';
import { collectFleetCounts } from './fleetCounts';
import { fleetSlis, sliKey } from './fleetSlis';
import type { ErrorBudgetConfig } from './readErrorBudgetConfig';
import type { BudgetHour, ErrorBudgetSnapshot } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Longer than the usual 28 and 30 day windows, so their burn-down is whole. */
const MIN_HISTORY_DAYS = 35;
/** Finished hours re-read every run: a run or two may be missed without a gap. */
const HOURLY_BACKFILL = 3;

export interface ErrorBudgetRunSummary {
  entities: number;
  slos: number;
  slis: number;
  /** SLIs without samples over their SLO window. */
  noData: number;
  /** Entities a failed query left with their previous snapshot. */
  failed: number;
  queries: number;
  historyPruned: number;
  durationMs: number;
}

/**
 * Computes the error budget of every active SLO with batched Prometheus
 * queries and stores the snapshots plus the hourly history, for the fleet
 * view and burn-down charts. Entities without data get a snapshot with
 * null counts; entities whose queries failed keep their last one.
 */
export class ErrorBudgetTask {
  static readonly id = 'slo-error-budgets';

  constructor(
    private readonly deps: {
      specs: Pick<AlertSpecSource, 'specsForFleet'>;
      prometheus: Pick<PrometheusClient, 'query' | 'queryRange'>;
      store: Pick<ErrorBudgetStore, 'saveRun'>;
      config: ErrorBudgetConfig;
      logger: LoggerService;
      /** Measures the run; tests may fix it. */
      stopwatch?: () => number;
    },
  ) {}

  async run(now: Date = new Date()): Promise<ErrorBudgetRunSummary> {
    const { logger, config } = this.deps;
    const stopwatch = this.deps.stopwatch ?? (() => performance.now());
    const started = stopwatch();
    const fleet = await this.deps.specs.specsForFleet();
    const slis = fleetSlis(fleet);
    const counts = await collectFleetCounts(this.deps.prometheus, slis, now, {
      hourlyBackfill: HOURLY_BACKFILL,
    });

    const snapshots: ErrorBudgetSnapshot[] = [];
    const hours: BudgetHour[] = [];
    const currentHour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
    for (const s of slis) {
      const { entity, resolved } = s;
      if (counts.failedEntities.has(entity.entityRef)) continue;
      const key = sliKey(s);
      const snapshot = buildBudgetSnapshot({
        entityRef: entity.entityRef,
        sloId: entity.slo.id,
        owner: entity.owner,
        system: entity.system,
        sli: resolved.sli,
        objective: resolved.spec.objective,
        windowDays: resolved.spec.windowDays,
        counts: counts.windows.get(key) ?? new Map(),
        now,
        thresholds: config.thresholds,
        note: counts.notes.get(key) ?? s.note,
        selector: s.selector,
      });
      snapshots.push(snapshot);
      const row = {
        entityRef: entity.entityRef,
        sli: resolved.sli,
        sloId: entity.slo.id,
      };
      if (snapshot.consumedShare !== undefined) {
        hours.push({
          ...row,
          hourStart: currentHour,
          consumedShare: snapshot.consumedShare,
        });
      }
      for (const [start, c] of counts.hours.get(key) ?? []) {
        hours.push({
          ...row,
          hourStart: new Date(start),
          hourTotalEvents: Math.max(0, c.total),
          hourBadEvents: Math.min(Math.max(0, c.bad), Math.max(0, c.total)),
        });
      }
    }

    const refs = fleet.map(e => e.entityRef);
    const longest = Math.max(0, ...fleet.map(e => e.slo.windowDays));
    const keepDays = Math.max(MIN_HISTORY_DAYS, longest + 1);
    const { pruned } = await this.deps.store.saveRun({
      computedEntityRefs: refs.filter(r => !counts.failedEntities.has(r)),
      snapshots,
      activeEntityRefs: refs,
      hours,
      recordedAt: now,
      pruneHistoryBefore: new Date(now.getTime() - keepDays * DAY_MS),
    });

    const summary: ErrorBudgetRunSummary = {
      entities: new Set(refs).size,
      slos: new Set(fleet.map(e => e.slo.id)).size,
      slis: slis.length,
      noData: snapshots.filter(s => s.status === 'no_data').length,
      failed: counts.failedEntities.size,
      queries: counts.queries,
      historyPruned: pruned,
      durationMs: Math.round(stopwatch() - started),
    };
    if (counts.errors.length > 0) {
      logger.warn(
        `Error budgets: ${summary.failed} entities keep their previous budget after ${counts.errors.length} failed queries; first: ${counts.errors[0]}`,
      );
    }
    logger.info(
      `Error budgets: ${summary.slis} SLIs of ${summary.entities} entities, ` +
        `${summary.noData} without data, ${summary.queries} PromQL queries, ` +
        `${summary.historyPruned} history rows pruned, ${summary.durationMs} ms`,
    );
    return summary;
  }
}
