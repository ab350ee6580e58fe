import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import type {
  ErrorBudgetBurnDownResponse,
  ErrorBudgetResponse,
  ErrorBudgetThresholdsBody,
} from '@slo-engine/plugin-slo-common';
import type {
  AlertSpecSource,
  EntitySloSpecs,
  SliKey,
} from '../alerts/specs/types';
import type { PrometheusClient } from '../prometheus/PrometheusClient';
import { buildBudgetSnapshot } from './buildBudgetSnapshot';
import { buildBurnDown, burnDownHours } from './burnDown';
import type { ErrorBudgetStore } from './ErrorBudgetStore';
import { isPrometheusError } from './isPrometheusError';
import type { ErrorBudgetConfig } from './readErrorBudgetConfig';
import { querySliCounts } from './sliCountQueries';
import { toSliBody } from './toBudgetBody';
import type { ErrorBudgetSnapshot } from './types';

export interface ErrorBudgetServiceDeps {
  specs: Pick<AlertSpecSource, 'specsFor'>;
  store: Pick<ErrorBudgetStore, 'listEntity' | 'history'>;
  /** Absent when `slo.prometheus` is not configured: stored budgets only. */
  prometheus?: Pick<PrometheusClient, 'query'>;
  config: ErrorBudgetConfig;
  clock?: () => Date;
}

/**
 * Error budgets of one entity's active SLO, computed live from Prometheus.
 * When Prometheus fails, the last snapshot of the fleet job is served,
 * marked stale.
 */
export class ErrorBudgetService {
  private readonly clock: () => Date;

  constructor(private readonly deps: ErrorBudgetServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  get thresholds(): ErrorBudgetThresholdsBody {
    return { ...this.deps.config.thresholds };
  }

  /** Throws NotFoundError without an active SLO, ServiceUnavailableError with nothing to serve. */
  async forEntity(entityRef: string): Promise<ErrorBudgetResponse> {
    const specs = await this.deps.specs.specsFor(entityRef);
    const { prometheus } = this.deps;
    if (!prometheus) {
      return this.stale(specs, 'slo.prometheus is not configured');
    }
    const now = this.clock();
    let snapshots: ErrorBudgetSnapshot[];
    try {
      snapshots = await Promise.all(
        specs.specs.map(async ({ sli, spec }) => {
          const { counts, note, selector } = await querySliCounts(
            prometheus,
            spec,
            now,
          );
          return buildBudgetSnapshot({
            entityRef: specs.entityRef,
            sloId: specs.slo.id,
            owner: specs.owner,
            system: specs.system,
            sli,
            objective: spec.objective,
            windowDays: spec.windowDays,
            counts,
            now,
            thresholds: this.deps.config.thresholds,
            note,
            selector,
          });
        }),
      );
    } catch (e) {
      if (!isPrometheusError(e)) throw e;
      return this.stale(
        specs,
        `the live error budget could not be computed: ${e.message}`,
      );
    }
    return this.response(specs, snapshots, now, null);
  }

  /** Hourly burn-down of the current window, from the fleet job's history. */
  async burnDown(
    entityRef: string,
    options: { sli?: SliKey } = {},
  ): Promise<ErrorBudgetBurnDownResponse> {
    const specs = await this.deps.specs.specsFor(entityRef);
    const { slo } = specs;
    const now = this.clock();
    const objectives = new Map<SliKey, number>();
    for (const { sli, spec } of specs.specs)
      objectives.set(sli, spec.objective);
    // A latency SLI whose buckets cannot be read right now still has history.
    for (const s of await this.deps.store.listEntity(entityRef)) {
      if (s.sloId === slo.id && !objectives.has(s.sli)) {
        objectives.set(s.sli, s.objective);
      }
    }
    if (options.sli && !objectives.has(options.sli)) {
      throw new NotFoundError(
        `the active SLO of ${entityRef} has no ${options.sli} error budget`,
      );
    }
    const range = burnDownHours(slo.windowDays, now);
    const hours = await this.deps.store.history(
      entityRef,
      slo.id,
      new Date(range.first),
      new Date(range.end),
    );
    return buildBurnDown({
      entityRef,
      sloId: slo.id,
      windowDays: slo.windowDays,
      now,
      slis: [...objectives]
        .filter(([sli]) => !options.sli || sli === options.sli)
        .map(([sli, objective]) => ({ sli, objective })),
      hours,
    });
  }

  private async stale(
    specs: EntitySloSpecs,
    reason: string,
  ): Promise<ErrorBudgetResponse> {
    const stored = (await this.deps.store.listEntity(specs.entityRef)).filter(
      s => s.sloId === specs.slo.id,
    );
    if (stored.length === 0) {
      throw new ServiceUnavailableError(
        `${reason}; the fleet job has not stored an error budget of ${specs.entityRef} yet, try again later`,
      );
    }
    const oldest = Math.min(...stored.map(s => s.computedAt.getTime()));
    return this.response(
      specs,
      stored,
      new Date(oldest),
      `${reason}; serving the error budget computed at ${new Date(
        oldest,
      ).toISOString()}`,
    );
  }

  private response(
    specs: EntitySloSpecs,
    snapshots: ErrorBudgetSnapshot[],
    computedAt: Date,
    staleReason: string | null,
  ): ErrorBudgetResponse {
    return {
      entity_ref: specs.entityRef,
      slo_id: specs.slo.id,
      owner: specs.owner ?? null,
      system: specs.system ?? null,
      window_days: specs.slo.windowDays,
      thresholds: this.thresholds,
      slis: snapshots.map(toSliBody),
      notes: specs.notes,
      computed_at: computedAt.toISOString(),
      stale: staleReason !== null,
      stale_reason: staleReason,
    };
  }
}
