/**
 * The explanation of a recommendation: a summary sentence built from the
 * numbers, feature attribution, dependency impact and counterfactuals.
 */

import { errorBudgetShare } from '../graph/budget';
import { Archetype } from './archetypes';
import { AvailabilityTier } from './availabilityTiers';
import { FeatureAttribution } from './attribution';
import { Counterfactual } from './counterfactuals';
import { formatPercent } from './format';

/** How the dependency chain limits the recommendation. @public */
export interface DependencyImpact {
  compositeBound?: number;
  bottleneck?: { id: string; availability: number };
  /** Share of the balanced target's error budget the bottleneck uses. */
  bottleneckBudgetShare?: number;
  /** True when the bound, not history, set the balanced target. */
  boundIsBinding: boolean;
}

/** The explanation block of a recommendation. @public */
export interface Explanation {
  summary: string;
  featureAttribution: FeatureAttribution[];
  /** Balanced target with every feature at its fleet baseline. */
  fleetBaselineTarget: number;
  dependencyImpact: DependencyImpact;
  counterfactuals: Counterfactual[];
}

/** Facts the summary sentence is built from. @public */
export interface SummaryFacts {
  service: string;
  balanced: AvailabilityTier;
  windowDays: number;
  /** Calendar days looked at. */
  days: number;
  dataDays: number;
  bound?: number;
  coldStart?: { archetype: Archetype; dataWeight: number };
}

/**
 * One or two sentences stating the balanced target and the evidence, e.g.
 * "Balanced target 99.9%: checkout met it in 27 of 30 rolling 30-day
 * windows over the last 90 days; the dependency chain allows at most
 * 99.82%."
 * @public
 */
export function summarise(facts: SummaryFacts): string {
  const { balanced, bound } = facts;
  const target = formatPercent(balanced.target);
  const chain =
    bound === undefined
      ? ''
      : `; the dependency chain allows at most ${formatPercent(bound, 2)}`;
  if (facts.coldStart) {
    const a = facts.coldStart.archetype;
    const evidence =
      facts.dataDays === 0
        ? 'has no data yet, so it is the'
        : `blends ${facts.dataDays} days of data (weight ${Math.round(
            facts.coldStart.dataWeight * 100,
          )}%) with the`;
    return (
      `Balanced target ${target}: ${facts.service} ${evidence} ${a.label} ` +
      `baseline of ${formatPercent(a.availability)}${chain}. ` +
      `Low confidence until ${facts.windowDays} days of data exist.`
    );
  }
  const { breaches, windows, method, probability } = balanced.breach;
  if (method === 'incident-model') {
    // The counts are simulated windows: state the odds, not "met it in".
    const odds = `${(probability * 100).toFixed(1)}%`;
    return (
      `Balanced target ${target}: from ${facts.days} days of history and ` +
      `the fleet's incident prior, ${facts.service} is expected to miss it ` +
      `in ${odds} of ${facts.windowDays}-day windows${chain}.`
    );
  }
  return (
    `Balanced target ${target}: ${facts.service} met it in ${
      windows - breaches
    } ` +
    `of ${windows} rolling ${facts.windowDays}-day windows over the last ` +
    `${facts.days} days${chain}.`
  );
}

/**
 * Dependency impact of the balanced tier.
 * @public
 */
export function dependencyImpact(
  balanced: AvailabilityTier,
  composite?: {
    bound: number;
    bottleneck?: { id: string; availability: number };
    budgetShare?: number;
  },
): DependencyImpact {
  if (!composite) return { boundIsBinding: false };
  const b = composite.bottleneck;
  const share =
    composite.budgetShare ??
    (b ? errorBudgetShare(b.availability, balanced.target) : undefined);
  return {
    compositeBound: composite.bound,
    ...(b ? { bottleneck: { id: b.id, availability: b.availability } } : {}),
    ...(share === undefined ? {} : { bottleneckBudgetShare: share }),
    boundIsBinding: balanced.cappedBy === 'composite-bound',
  };
}
