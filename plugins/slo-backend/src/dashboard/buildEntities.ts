import type { EntityCriticality } from '@slo-engine/plugin-slo-common';
import type { ErrorBudgetSnapshot } from '../budgets/types';
import type { GraphNode } from '../graph/GraphNode';
import type { StoredSlo } from '../lifecycle/types';
import type { BudgetFigure, DashboardEntity, TierTallies } from './types';

/** What the refresh gathered about the fleet, keyed by entity ref. */
export interface FleetFacts {
  nodes: GraphNode[];
  criticality: Map<string, EntityCriticality>;
  /** Entities whose telemetry status is `ok`. */
  telemetryOk: Set<string>;
  activeSlos: Map<string, StoredSlo>;
  /** Entities whose latest recommendation awaits a decision. */
  undecided: Set<string>;
  budgets: ErrorBudgetSnapshot[];
  windows: Map<string, TierTallies>;
}

/** The catalog components and resources: not discovered, not external. */
export const isInternal = (node: GraphNode) =>
  !node.discovered && !node.external;

function toFigure(s: ErrorBudgetSnapshot): BudgetFigure {
  const figure: BudgetFigure = { sloId: s.sloId, sli: s.sli, status: s.status };
  if (s.consumedShare !== undefined) figure.consumedShare = s.consumedShare;
  if (s.remainingMinutes !== undefined) {
    figure.remainingMinutes = s.remainingMinutes;
  }
  if (s.exhaustsAt) figure.exhaustsAt = s.exhaustsAt;
  return figure;
}

/**
 * One dashboard row per internal entity. Budgets count only when they were
 * computed for the entity's current active SLO: right after a decision,
 * until the budget task's next run, the new SLO has none yet.
 */
export function buildEntities(facts: FleetFacts): DashboardEntity[] {
  const budgets = new Map<string, BudgetFigure[]>();
  for (const s of facts.budgets) {
    if (facts.activeSlos.get(s.entityRef)?.id !== s.sloId) continue;
    const figures = budgets.get(s.entityRef);
    if (figures) figures.push(toFigure(s));
    else budgets.set(s.entityRef, [toFigure(s)]);
  }
  return facts.nodes
    .filter(isInternal)
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef))
    .map(node => {
      const ref = node.entityRef;
      const active = facts.activeSlos.get(ref);
      let coverage: DashboardEntity['coverage'] = 'without_slo';
      if (active) coverage = 'active_slo';
      else if (facts.undecided.has(ref)) coverage = 'awaiting_decision';
      const entity: DashboardEntity = {
        entityRef: ref,
        criticality: facts.criticality.get(ref) ?? 'unspecified',
        coverage,
        telemetryOk: facts.telemetryOk.has(ref),
        budgets: budgets.get(ref) ?? [],
        breaches: facts.windows.get(ref) ?? {},
      };
      if (node.owner) entity.owner = node.owner;
      if (node.system) entity.system = node.system;
      if (active) entity.activeSloId = active.id;
      return entity;
    });
}
