import { InputError, NotFoundError } from '@backstage/errors';
import {
  DependencyGraph,
  ImpactAnalysisRequest,
  ImpactAnalysisResponse,
  impactAnalysis,
  ImpactAnalysisResult,
  parseEntityRefParts,
  toEntityRef,
} from '@slo-engine/plugin-slo-common';
import { randomUUID } from 'crypto';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphModel } from '../graph/GraphModel';
import { GraphStore } from '../graph/GraphStore';
import {
  MS_PER_DAY,
  readObservedAvailability,
  startOfUtcDay,
} from '../recommendations/dailyHistory';
import { DEPENDENCY_DEPTH } from '../recommendations/dependencyComposite';
import { impactScope } from './impactScope';
import { ObservedAvailabilityReader } from './ObservedAvailabilityReader';
import { toImpactResponse } from './toImpactResponse';

/** Days of observed availability a service without an active SLO is taken at. */
export const OBSERVED_WINDOW_DAYS = 30;

export interface ImpactAnalysisServiceOptions {
  graph: GraphStore;
  aggregates: SliAggregateStore;
  /** Active SLO availability targets (ratios 0..1) of the services that have one. */
  activeTargets: (refs: string[]) => Promise<Map<string, number>>;
  /**
   * Sums availability in the database; without it the daily buckets are
   * read through `aggregates` and summed here (slower on large graphs).
   */
  observed?: ObservedAvailabilityReader;
  now?: () => Date;
}

/** The pieces of one analysis, for callers (and the benchmark) that time them. */
export interface PreparedImpact {
  model: GraphModel;
  graph: DependencyGraph;
  changed: string;
  current: number;
  proposed: number;
  targets: Map<string, number>;
}

/**
 * FR-4 impact analysis over the in-memory graph model: one read of active
 * targets and one of observed availabilities for the services in scope,
 * then the pure `impactAnalysis`.
 */
export class ImpactAnalysisService {
  constructor(private readonly options: ImpactAnalysisServiceOptions) {}

  async analyse(
    request: ImpactAnalysisRequest,
  ): Promise<ImpactAnalysisResponse> {
    const prepared = await this.prepare(request);
    const result = this.compute(prepared);
    return toImpactResponse(result, {
      analysisId: randomUUID(),
      snapshotId: prepared.model.snapshotId,
      generatedAt: this.now(),
      maxDepth: DEPENDENCY_DEPTH,
    });
  }

  compute(prepared: PreparedImpact): ImpactAnalysisResult {
    return impactAnalysis({
      graph: prepared.graph,
      changed: prepared.changed,
      current: prepared.current,
      proposed: prepared.proposed,
      targets: prepared.targets,
      maxDepth: DEPENDENCY_DEPTH,
    });
  }

  /** Resolves the service, reads what the analysis needs, builds its input. */
  async prepare(request: ImpactAnalysisRequest): Promise<PreparedImpact> {
    const model = await this.options.graph.model();
    const changed = resolveRef(request.service_id);
    if (!model.node(changed)) {
      throw new NotFoundError(
        `${changed} is not known to the SLO engine's dependency graph`,
      );
    }
    const edges = model.edges.filter(e => !e.stale);
    const scope = impactScope(edges, changed);
    const [targets, observed] = await Promise.all([
      this.options.activeTargets(scope),
      this.observed(scope),
    ]);
    const { proposed_target: proposed, current_target: current } =
      request.proposed_change;
    const currentRatio =
      current === undefined
        ? targets.get(changed) ?? observed.get(changed)
        : current / 100;
    if (currentRatio === undefined) {
      throw new InputError(
        `current_target is required: ${changed} has no active SLO and no observed availability in the last ${OBSERVED_WINDOW_DAYS} days`,
      );
    }
    const inScope = new Set(scope);
    const graph: DependencyGraph = {
      nodes: model.nodes.map(n => {
        // A service with an active SLO is counted at its promise.
        const availability = inScope.has(n.entityRef)
          ? targets.get(n.entityRef) ?? observed.get(n.entityRef)
          : undefined;
        return {
          id: n.entityRef,
          availability,
          external: n.external,
          publishedSla: n.publishedSla,
        };
      }),
      edges: edges.map(e => ({
        from: e.from,
        to: e.to,
        criticality: e.criticality,
        mode: e.communicationMode,
        redundancyGroup: e.redundancyGroup,
      })),
    };
    return {
      model,
      graph,
      changed,
      current: currentRatio,
      proposed: proposed / 100,
      targets,
    };
  }

  /** Observed availability over the window, one batched read. */
  private async observed(refs: string[]) {
    const end = startOfUtcDay(this.now());
    const start = new Date(end.getTime() - OBSERVED_WINDOW_DAYS * MS_PER_DAY);
    if (this.options.observed)
      return this.options.observed.read(refs, start, end);
    return readObservedAvailability(this.options.aggregates, refs, start, end);
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/** An entity ref, or a bare name taken as `component:default/<name>`. */
function resolveRef(serviceId: string): string {
  const parts = parseEntityRefParts(serviceId);
  if (!parts) {
    throw new InputError(
      `service_id ${JSON.stringify(
        serviceId,
      )} is not an entity reference such as component:default/payments`,
    );
  }
  return toEntityRef(parts);
}
