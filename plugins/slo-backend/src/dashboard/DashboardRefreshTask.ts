import { LoggerService } from '@backstage/backend-plugin-api';
import type { SliAggregateStore } from '../aggregation/SliAggregateStore';
import type { GraphStore } from '../graph/GraphStore';
import type { SloStore } from '../lifecycle/SloStore';
import { DAY_MS, tallyWindows } from './breachWindows';
import { buildEntities, isInternal } from './buildEntities';
import type { CriticalitySource } from './catalogCriticality';
import type { DashboardFactsReader } from './DashboardFactsReader';
import type { DashboardStore } from './DashboardStore';
import { judgeSloWindows } from './judgeSloWindows';
import type { JudgedWindow } from './types';

export interface DashboardRefreshDeps {
  graph: Pick<GraphStore, 'model'>;
  criticality: CriticalitySource;
  aggregates: Pick<SliAggregateStore, 'listStatuses' | 'list'>;
  slos: Pick<SloStore, 'listActive'>;
  facts: Pick<
    DashboardFactsReader,
    | 'undecidedRecommendations'
    | 'recommendedAvailabilitySlos'
    | 'decisionTallies'
    | 'budgetSnapshots'
  >;
  store: Pick<DashboardStore, 'saveRefresh' | 'listWindows'>;
  logger: LoggerService;
  /**
   * How long after its end a window is judged again, because its last
   * daily buckets may still change: `slo.aggregation.refreshWindow`.
   */
  lateDataMs?: number;
}

export interface DashboardRefreshResult {
  entities: number;
  windowsJudged: number;
  /** SLOs whose windows could not be judged this run (logged). */
  failed: number;
}

/**
 * Recomputes the dashboard's row per internal entity, and its decision
 * counts, from the graph, the catalog, the lifecycle, the budgets and the
 * daily aggregates, and replaces the stored ones in one transaction.
 */
export class DashboardRefreshTask {
  static readonly id = 'slo-dashboard-refresh';

  constructor(private readonly deps: DashboardRefreshDeps) {}

  async run(now: Date = new Date()): Promise<DashboardRefreshResult> {
    const { deps } = this;
    const nodes = (await deps.graph.model()).nodes.filter(isInternal);
    const fleet = new Set(nodes.map(n => n.entityRef));
    const [criticality, statuses, active, undecided, budgets, decisions] =
      await Promise.all([
        deps.criticality(),
        deps.aggregates.listStatuses(),
        deps.slos.listActive(),
        deps.facts.undecidedRecommendations(),
        deps.facts.budgetSnapshots(),
        deps.facts.decisionTallies(),
      ]);
    const { windows, judged, failed } = await this.judgeWindows(fleet, now);
    const entities = buildEntities({
      nodes,
      criticality,
      telemetryOk: new Set(
        statuses.filter(s => s.status === 'ok').map(s => s.entityRef),
      ),
      activeSlos: new Map(active.map(s => [s.entityRef, s])),
      undecided,
      budgets,
      windows: tallyWindows(windows.filter(w => fleet.has(w.entityRef))),
    });
    await deps.store.saveRefresh({
      entities,
      decisions: decisions.filter(d => fleet.has(d.entityRef)),
      windows: judged,
      computedAt: now,
    });
    const failures = failed > 0 ? `, ${failed} SLOs failed` : '';
    deps.logger.info(
      `Dashboard refresh: ${entities.length} entities, ${judged.length} SLO windows judged${failures}`,
    );
    return { entities: entities.length, windowsJudged: judged.length, failed };
  }

  /** Every judged window afterwards, and those judged in this run. */
  private async judgeWindows(fleet: Set<string>, now: Date) {
    const { deps } = this;
    const [slos, stored] = await Promise.all([
      deps.facts.recommendedAvailabilitySlos(),
      deps.store.listWindows(),
    ]);
    const bySlo = new Map<string, Map<number, JudgedWindow>>();
    for (const w of stored) {
      const windows = bySlo.get(w.sloId) ?? new Map<number, JudgedWindow>();
      windows.set(w.index, w);
      bySlo.set(w.sloId, windows);
    }
    const judged: JudgedWindow[] = [];
    let failed = 0;
    for (const slo of slos.filter(s => fleet.has(s.entityRef))) {
      const windows = bySlo.get(slo.id) ?? new Map<number, JudgedWindow>();
      try {
        const fresh = await judgeSloWindows({
          slo,
          judged: windows,
          aggregates: deps.aggregates,
          now,
          lateDataMs: deps.lateDataMs ?? 2 * DAY_MS,
        });
        fresh.forEach(w => windows.set(w.index, w));
        judged.push(...fresh);
        bySlo.set(slo.id, windows);
      } catch (e) {
        // One unreadable SLO must not hold back the whole dashboard.
        failed++;
        deps.logger.warn(
          `Dashboard refresh: windows of SLO ${slo.id} (${
            slo.entityRef
          }) not judged: ${(e as Error).message}`,
        );
      }
    }
    const windows = [...bySlo.values()].flatMap(m => [...m.values()]);
    return { windows, judged, failed };
  }
}
