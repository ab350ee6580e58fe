/**
 * Composite availability bound of a service from its dependency graph,
 * after Treynor et al., "The Calculus of Service Availability" (2017).
 * See docs/algorithms.md for the model and its rules.
 */

import {
  errorBudgetShare,
  HIGH_BUDGET_SHARE,
  unachievableTargetMessage,
} from './budget';
import { buildEvaluationModel, EvaluationModel } from './evaluationModel';
import {
  BudgetShare,
  CompositeAvailabilityOptions,
  CompositeAvailabilityResult,
  DependencyRisk,
  HardDependency,
  SupernodeCycle,
} from './compositeTypes';
import { computeReliability } from './reliability';
import { DependencyGraphEdge } from './types';

/** Hops followed from the root unless `maxDepth` says otherwise. @public */
export const DEFAULT_MAX_DEPTH = 10;

/** Shared nodes enumerated exactly (2^12 passes) before falling back to bounds. @public */
export const EXACT_SHARED_NODE_LIMIT = 12;

function checkOptions(options: CompositeAvailabilityOptions) {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!(maxDepth >= 0)) {
    throw new RangeError(`maxDepth must be >= 0, got ${maxDepth}`);
  }
  const limit = options.exactSharedNodeLimit ?? EXACT_SHARED_NODE_LIMIT;
  if (!(Number.isInteger(limit) && limit >= 0 && limit <= 20)) {
    throw new RangeError(`exactSharedNodeLimit must be 0..20, got ${limit}`);
  }
  const target = options.target;
  if (target !== undefined && !(target > 0 && target < 1)) {
    throw new RangeError(`SLO target must be in (0, 1), got ${target}`);
  }
  return { maxDepth, limit, target };
}

function risk(
  model: EvaluationModel,
  edge: DependencyGraphEdge,
): DependencyRisk {
  return { ...edge, ...model.resolved.get(edge.to)! };
}

function weakest<T extends { availability?: number }>(items: T[]) {
  return items.reduce<(T & { availability: number }) | undefined>(
    (best, item) =>
      item.availability !== undefined &&
      (best === undefined || item.availability < best.availability)
        ? (item as T & { availability: number })
        : best,
    undefined,
  );
}

function supernodes(model: EvaluationModel): SupernodeCycle[] {
  return model.cycles.map(cycle => {
    const members = cycle.members.map(id => ({
      id,
      availability: model.resolved.get(id)!.availability,
    }));
    const weak = weakest(members);
    return {
      ...cycle,
      availability: weak?.availability,
      weakestMember: weak?.id,
    };
  });
}

function budgetShares(
  dependencies: HardDependency[],
  target: number,
): BudgetShare[] {
  return dependencies
    .filter(d => d.availability !== undefined)
    .map(d => {
      const share = errorBudgetShare(d.availability!, target);
      const spof = d.singlePointOfFailure;
      return {
        id: d.id,
        availability: d.availability!,
        share,
        high: spof && share > HIGH_BUDGET_SHARE,
        singlePointOfFailure: spof,
      };
    })
    .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
}

/**
 * Upper bound on a service's availability from its hard synchronous
 * dependencies, counting each shared dependency once, with cycles
 * contracted to their weakest member and unknown availabilities counted
 * as 1 (and lowering `confidence`). With a `target`, also the verdict,
 * per-dependency budget shares and advice.
 * @public
 */
export function compositeAvailability(
  options: CompositeAvailabilityOptions,
): CompositeAvailabilityResult {
  const { maxDepth, limit, target } = checkOptions(options);
  const { root } = options;
  const model = buildEvaluationModel(options.graph, root, maxDepth);
  const rootComponent = model.componentOf.get(root)!;
  const reliability = computeReliability(model.nodes, rootComponent, limit);

  const hardDependencies: HardDependency[] = model.evaluated
    .slice(1)
    .map(id => ({
      id,
      ...model.resolved.get(id)!,
      depth: model.depthOf.get(id)!,
      singlePointOfFailure: reliability.spof[model.componentOf.get(id)!],
    }));
  const unknownAvailability = model.evaluated.filter(
    id => model.resolved.get(id)!.source === 'unknown',
  );
  const known = model.evaluated.length - unknownAvailability.length;
  const bottleneck =
    weakest(hardDependencies.filter(d => d.singlePointOfFailure)) ??
    weakest(hardDependencies);
  const bound = reliability.upper;

  const result: CompositeAvailabilityResult = {
    root,
    ownAvailability: model.resolved.get(root)!.availability,
    bound,
    lowerBound: reliability.lower,
    exact: reliability.method !== 'bounds',
    method: reliability.method,
    confidence: known / model.reachableCount,
    truncated: model.evaluated.length < model.reachableCount,
    reachableDependencies: model.reachableCount - 1,
    hardDependencies,
    bottleneck: bottleneck && {
      id: bottleneck.id,
      availability: bottleneck.availability,
    },
    unknownAvailability,
    cycles: supernodes(model),
    risks: {
      softDependencies: model.softEdges.map(edge => risk(model, edge)),
      asyncDependencies: model.asyncEdges.map(edge => risk(model, edge)),
    },
  };
  if (target === undefined) return result;
  result.target = target;
  result.achievable = bound >= target;
  result.budgetShares = budgetShares(hardDependencies, target);
  if (!result.achievable) {
    result.message = unachievableTargetMessage(
      bound,
      target,
      hardDependencies.length,
    );
  }
  return result;
}
