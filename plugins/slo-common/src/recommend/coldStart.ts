/**
 * Tier levels for every history length: quantiles of the incident model's
 * predictive windows once a full window of data exists, otherwise a blend
 * of what data there is with the archetype baseline.
 */

import { Archetype } from './archetypes';
import {
  blockBootstrap,
  BlockBootstrapOptions,
  dataDayCounts,
  ratioOfSums,
} from './bootstrap';
import { FleetPrior, predictiveWindows } from './incidentModel';
import { availabilityStepDown, availabilityStepUp } from './roundTarget';
import { quantileSorted, sortedCopy } from './stats';
import { DailySli, PerTier } from './types';

/** Most days of history a recommendation looks at. @public */
export const MAX_LOOKBACK_DAYS = 90;

/**
 * Quantiles of synthetic windows per tier. The conservative tier uses the
 * 1st percentile: the minimum of 1,000 stitched months is a worst case no
 * history showed.
 * @public
 */
export const SYNTHETIC_TIER_QUANTILES: Readonly<PerTier<number>> = {
  conservative: 0.01,
  balanced: 0.5,
  aggressive: 0.75,
};

/**
 * Predicted breach probability each tier starts from once the history holds
 * a full window: the tier level is this quantile of the predictive window
 * distribution (`predictiveWindows`), at every history length.
 * @public
 */
export const PREDICTIVE_TIER_QUANTILES: Readonly<PerTier<number>> = {
  conservative: 0.01,
  balanced: 0.05,
  aggressive: 0.25,
};

/**
 * Independent windows below which a recommendation is flagged low
 * confidence and reports its `incidentModel` (the levels come from the
 * incident model at every length from one window on).
 * @public
 */
export const MIN_INDEPENDENT_WINDOWS = 2;

/**
 * Days, counted back from the newest, whose baseline (incident excess
 * removed) the predictive model resamples: one window, so a drifting
 * error rate is priced at its current level. Incidents are rare, so their
 * rate and durations use every day.
 * @public
 */
export function baselineDays(windowDays: number): number {
  return windowDays;
}

/**
 * Archetype levels per tier: one ladder step below, at and above the
 * archetype's availability.
 * @public
 */
export function archetypeLevels(archetype: Archetype): PerTier<number> {
  return {
    conservative: availabilityStepDown(archetype.availability),
    balanced: archetype.availability,
    aggressive: availabilityStepUp(archetype.availability),
  };
}

/**
 * Blends two availabilities linearly in unavailability:
 * `1 - (w(1 - data) + (1 - w)(1 - prior))`.
 * @public
 */
export function blendAvailability(
  data: number,
  prior: number,
  weight: number,
): number {
  return 1 - (weight * (1 - data) + (1 - weight) * (1 - prior));
}

/** Levels and how they were obtained. @public */
export interface ResolvedLevels {
  levels: PerTier<number>;
  /** True when the history holds less than one window of data. */
  coldStart: boolean;
  /** Weight of the data against the archetype (1 outside cold start). */
  dataWeight: number;
  dataDays: number;
  /**
   * Sorted predictive window availabilities when the levels come from the
   * incident model (at least one window of data); breach odds are read
   * from them.
   */
  predictive?: readonly number[];
  /** Incidents found in the history and the model's expectation. */
  model?: IncidentModelSummary;
  /**
   * The same as `model`, set only below `MIN_INDEPENDENT_WINDOWS` windows
   * of data, where the recommendation is flagged low confidence.
   */
  incidentModel?: IncidentModelSummary;
}

/** What the incident model saw and expects. @public */
export interface IncidentModelSummary {
  observedIncidents: number;
  badDays: number;
  expectedIncidentsPerWindow: number;
  prior: FleetPrior;
}

/**
 * Tier levels of a (normalised, lookback-cut) history. With at least
 * `windowDays` days of data: quantiles (`PREDICTIVE_TIER_QUANTILES`) of the
 * incident model's predictive windows, whatever the length; the fleet
 * prior weighs less as the days add up. Otherwise (cold start): quantiles
 * of block-bootstrapped synthetic windows blended with the archetype's
 * levels, data weighted `dataDays / windowDays`.
 * @public
 */
export function resolveLevels(
  history: readonly DailySli[],
  archetype: Archetype,
  options: BlockBootstrapOptions & {
    windowDays: number;
    fleetPrior?: Partial<FleetPrior>;
  },
): ResolvedLevels {
  const days = dataDayCounts(history);
  if (days.length >= options.windowDays) {
    const model = predictiveWindows(days, options.windowDays, {
      ...options,
      baselineDays: baselineDays(options.windowDays),
    });
    const level = (t: keyof PerTier<number>) =>
      quantileSorted(model.samples, PREDICTIVE_TIER_QUANTILES[t]);
    const short = days.length < MIN_INDEPENDENT_WINDOWS * options.windowDays;
    const summary: IncidentModelSummary = {
      observedIncidents: model.observedIncidents,
      badDays: model.badDays,
      expectedIncidentsPerWindow: model.expectedIncidentsPerWindow,
      prior: model.prior,
    };
    return {
      levels: {
        conservative: level('conservative'),
        balanced: level('balanced'),
        aggressive: level('aggressive'),
      },
      coldStart: false,
      dataWeight: 1,
      dataDays: days.length,
      predictive: model.samples,
      model: summary,
      ...(short ? { incidentModel: summary } : {}),
    };
  }
  const prior = archetypeLevels(archetype);
  if (days.length === 0) {
    return { levels: prior, coldStart: true, dataWeight: 0, dataDays: 0 };
  }
  const [synthetic] = blockBootstrap(days, s => [ratioOfSums(s)], {
    ...options,
    length: options.windowDays,
  });
  const sorted = sortedCopy(synthetic);
  const weight = Math.min(1, days.length / options.windowDays);
  const level = (t: keyof PerTier<number>) =>
    blendAvailability(
      quantileSorted(sorted, SYNTHETIC_TIER_QUANTILES[t]),
      prior[t],
      weight,
    );
  return {
    levels: {
      conservative: level('conservative'),
      balanced: level('balanced'),
      aggressive: level('aggressive'),
    },
    coldStart: true,
    dataWeight: weight,
    dataDays: days.length,
  };
}
