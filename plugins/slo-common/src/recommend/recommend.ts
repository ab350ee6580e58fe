/**
 * `recommendSlo`: the single entry point from a daily SLI history (and
 * optionally the composite bound) to availability and latency tiers with
 * data quality, explanation and cold-start flags. Deterministic per seed.
 */

import {
  ArchetypeChoice,
  ArchetypeEntity,
  ArchetypeId,
  chooseArchetype,
} from './archetypes';
import { attributeBalancedTarget, FleetBaseline } from './attribution';
import { availabilityTiers, AvailabilityTier } from './availabilityTiers';
import { DEFAULT_BLOCK_LENGTH, DEFAULT_REPLICATES } from './bootstrap';
import { MAX_LOOKBACK_DAYS } from './coldStart';
import { counterfactuals } from './counterfactuals';
import { dependencyImpact, Explanation, summarise } from './explain';
import { historyCoverage, normaliseHistory } from './history';
import { FleetPrior } from './incidentModel';
import { LatencyTier, latencyTiers } from './latencyTiers';
import { balancedTarget, meanDailyEvents, TierModelInput } from './model';
import { DailySli, PerTier } from './types';

/** Completeness below which a recommendation is low confidence. @public */
export const MIN_COMPLETENESS = 0.8;

/** Composite availability facts from the dependency graph. @public */
export interface CompositeInput {
  /** Upper bound on the service's availability (`compositeAvailability().bound`). */
  bound: number;
  bottleneck?: { id: string; availability: number };
  /** Share of the target's budget the bottleneck uses, if known. */
  budgetShare?: number;
  /** Product of the external hard dependencies' availabilities. */
  externalAvailability?: number;
  /** Share of the graph with known availability, 0..1. */
  confidence?: number;
}

/** Input of `recommendSlo`. @public */
export interface RecommendSloInput {
  history: readonly DailySli[];
  /** SLO window in days (default 30). */
  windowDays?: number;
  composite?: CompositeInput;
  /** An archetype id that overrides the catalog-based choice. */
  archetypeHint?: string;
  entity: ArchetypeEntity & { name?: string };
  fleetBaseline?: FleetBaseline;
  deploymentsPerWeek?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  blockLength?: number;
  replicates?: number;
  /**
   * Fleet prior of the incident process used for short histories (fewer
   * than two windows of data); fields override `DEFAULT_FLEET_PRIOR`.
   */
  fleetPrior?: Partial<FleetPrior>;
}

/** Data quality of the history used. @public */
export interface DataQuality {
  /** Share of calendar days with data, 0..1. */
  completeness: number;
  gapDays: number;
  /** Calendar days looked at (at most 90). */
  days: number;
  dataDays: number;
  start?: string;
  end?: string;
  note: string;
  /**
   * One number for "how much the data backs these targets", 0..1: the
   * smaller of completeness and history coverage (data days / window
   * days, at most 1). Auto-approval rules compare it with `confidence_min`.
   * Dependencies without a known availability do not lower it: the
   * service's own history already includes their failures, so a target it
   * met is achievable with them. How much of the graph is known is
   * `explanation.dependencyImpact.confidence`.
   */
  confidence: number;
}

/** Output of `recommendSlo`. @public */
export interface SloRecommendation {
  availability: PerTier<AvailabilityTier>;
  latency: PerTier<LatencyTier>;
  /** Where the latency tiers come from. */
  latencySource: 'data' | 'blend' | 'archetype';
  dataQuality: DataQuality;
  explanation: Explanation;
  archetype: ArchetypeChoice;
  coldStart?: { archetype: ArchetypeId; reason: string; dataWeight: number };
  lowConfidence: boolean;
  lowConfidenceReasons: string[];
  /**
   * Set when the history is shorter than two windows and the availability
   * tiers come from the incident model (fleet prior plus the history).
   */
  incidentModel?: {
    /** Incident-like excursions found in the history. */
    observedIncidents: number;
    /** Days flagged as excursions. */
    badDays: number;
    /** Posterior mean incidents per SLO window. */
    expectedIncidentsPerWindow: number;
    /** The fleet prior used (defaults merged with `fleetPrior`). */
    prior: FleetPrior;
  };
}

/**
 * Recommends conservative, balanced and aggressive SLOs for one service.
 * @public
 */
export function recommendSlo(input: RecommendSloInput): SloRecommendation {
  const windowDays = input.windowDays ?? 30;
  const history = normaliseHistory(input.history, MAX_LOOKBACK_DAYS);
  const coverage = historyCoverage(history);
  const choice = chooseArchetype(input.entity, input.archetypeHint);
  const bootstrap = {
    seed: input.seed ?? 1,
    blockLength: input.blockLength ?? DEFAULT_BLOCK_LENGTH,
    replicates: input.replicates ?? DEFAULT_REPLICATES,
  };
  const composite = input.composite;
  const dailyEvents = meanDailyEvents(history);
  const model: TierModelInput = {
    history,
    windowDays,
    archetype: choice.archetype,
    bound: composite?.bound,
    dailyEvents,
    bootstrap,
    fleetPrior: input.fleetPrior,
  };
  const { resolved } = balancedTarget(model);
  const availability = availabilityTiers(history, {
    ...bootstrap,
    levels: resolved.levels,
    windowDays,
    bound: composite?.bound,
    dailyEvents,
    predictive: resolved.predictive,
  });

  // The archetype fills in any percentile without data; a cold start
  // blends it into the ones with data too.
  const latency = latencyTiers(history, {
    windowDays,
    prior: {
      p99Ms: choice.archetype.latencyP99Ms,
      dataWeight: resolved.coldStart ? resolved.dataWeight : 1,
    },
  })!;
  const latencyTierList = Object.values(latency);
  const hasLatency = latencyTierList.some(t => t.windows > 0);
  let latencySource: SloRecommendation['latencySource'] = 'blend';
  if (!hasLatency) latencySource = 'archetype';
  else if (!resolved.coldStart && latencyTierList.every(t => t.windows > 0))
    latencySource = 'data';

  const reasons: string[] = [];
  if (resolved.coldStart) {
    reasons.push(
      `only ${coverage.dataDays} days of data (fewer than ${windowDays}); ` +
        `blended with the ${choice.archetype.label} baseline`,
    );
  }
  if (resolved.incidentModel) {
    const seen = resolved.incidentModel.observedIncidents;
    let found = 'no incident seen';
    if (seen > 0) found = `${seen} incident${seen === 1 ? '' : 's'} seen`;
    reasons.push(
      `only ${coverage.dataDays} days of data (fewer than ${
        2 * windowDays
      }); targets priced with the fleet incident prior, ${found}`,
    );
  }
  if (coverage.days > 0 && coverage.completeness < MIN_COMPLETENESS) {
    reasons.push(
      `telemetry covers ${Math.round(coverage.completeness * 100)}% of days`,
    );
  }
  // Only the archetype's share of a cold start is not backed by the
  // service's own history; there the composite bound is the one check.
  if (
    resolved.coldStart &&
    composite?.confidence !== undefined &&
    composite.confidence < 0.5
  ) {
    reasons.push('most dependencies have unknown availability');
  }
  if (!hasLatency)
    reasons.push('no latency data; latency tiers are the archetype baseline');

  const attribution = attributeBalancedTarget({
    ...model,
    externalAvailability: composite?.externalAvailability,
    deploymentsPerWeek: input.deploymentsPerWeek,
    fleet: input.fleetBaseline,
  });
  const explanation: Explanation = {
    summary: summarise({
      service: input.entity.name ?? 'the service',
      balanced: availability.balanced,
      windowDays,
      days: coverage.days,
      dataDays: coverage.dataDays,
      bound: composite?.bound,
      ...(resolved.coldStart
        ? {
            coldStart: {
              archetype: choice.archetype,
              dataWeight: resolved.dataWeight,
            },
          }
        : {}),
    }),
    featureAttribution: attribution.featureAttribution,
    fleetBaselineTarget: attribution.fleetBaselineTarget,
    dependencyImpact: dependencyImpact(availability.balanced, composite),
    counterfactuals: counterfactuals({
      ...model,
      bottleneck: composite?.bottleneck,
    }),
  };

  const completePercent = Math.round(coverage.completeness * 100);
  const blended = resolved.coldStart
    ? ', blended with the archetype baseline'
    : '';
  const note =
    coverage.days === 0
      ? 'No data: targets are the archetype baseline'
      : `Based on ${coverage.dataDays} of ${coverage.days} days with data (${completePercent}% complete)${blended}`;
  const confidence = Math.min(
    coverage.completeness,
    Math.min(1, coverage.dataDays / windowDays),
  );
  return {
    availability,
    latency,
    latencySource,
    dataQuality: {
      ...coverage,
      ...(history.length
        ? { start: history[0].day, end: history[history.length - 1].day }
        : {}),
      note,
      confidence,
    },
    explanation,
    archetype: choice,
    ...(resolved.coldStart
      ? {
          coldStart: {
            archetype: choice.archetype.id,
            reason: reasons[0],
            dataWeight: resolved.dataWeight,
          },
        }
      : {}),
    ...(resolved.incidentModel
      ? { incidentModel: resolved.incidentModel }
      : {}),
    // The incident-model and no-latency reasons inform; they do not make a
    // recommendation low confidence by themselves. (The incident model
    // prices every history shorter than two windows, the default 30-day
    // lookback included, and its backtest is calibrated from 30 days.)
    lowConfidence:
      resolved.coldStart || coverage.completeness < MIN_COMPLETENESS,
    lowConfidenceReasons: reasons,
  };
}
