/**
 * The balanced-tier computation as one re-runnable function, shared by the
 * recommendation, its feature attribution and its counterfactuals.
 */

import { Archetype } from './archetypes';
import { CapReason, tierTarget } from './availabilityTiers';
import { BlockBootstrapOptions } from './bootstrap';
import { resolveLevels, ResolvedLevels } from './coldStart';
import { isDataDay } from './history';
import { FleetPrior } from './incidentModel';
import { DailySli } from './types';

/** Everything the availability tiers depend on. @public */
export interface TierModelInput {
  /** Normalised, lookback-cut history. */
  history: readonly DailySli[];
  windowDays: number;
  archetype: Archetype;
  /** Composite availability bound. */
  bound?: number;
  /** Mean events per day; defaults to the history's. */
  dailyEvents?: number;
  bootstrap: BlockBootstrapOptions;
  /** Incident prior for short histories (defaults: `DEFAULT_FLEET_PRIOR`). */
  fleetPrior?: Partial<FleetPrior>;
}

/**
 * Mean events per day with data; undefined without data.
 * @public
 */
export function meanDailyEvents(
  history: readonly DailySli[],
): number | undefined {
  const days = history.filter(isDataDay);
  if (days.length === 0) return undefined;
  return days.reduce((sum, d) => sum + d.total, 0) / days.length;
}

/** The balanced tier of a model input. @public */
export interface BalancedResult {
  resolved: ResolvedLevels;
  target: number;
  cappedBy?: CapReason;
}

/**
 * Resolves the tier levels and rounds the balanced one to a target.
 * @public
 */
export function balancedTarget(input: TierModelInput): BalancedResult {
  const resolved = resolveLevels(input.history, input.archetype, {
    ...input.bootstrap,
    windowDays: input.windowDays,
    fleetPrior: input.fleetPrior,
  });
  const { target, cappedBy } = tierTarget(resolved.levels.balanced, {
    windowDays: input.windowDays,
    bound: input.bound,
    dailyEvents: input.dailyEvents ?? meanDailyEvents(input.history),
  });
  return { resolved, target, ...(cappedBy ? { cappedBy } : {}) };
}
