/**
 * Tier levels for every history length: rolling-window quantiles once a
 * full window of data exists, otherwise a blend of what data there is with
 * the archetype baseline.
 */

import { Archetype } from './archetypes';
import { observedLevels } from './availabilityTiers';
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
 * Predicted breach probability each tier starts from when the history is
 * short (one to two windows of data): the tier level is this quantile of
 * the predictive window distribution (`predictiveWindows`).
 * @public
 */
export const PREDICTIVE_TIER_QUANTILES: Readonly<PerTier<number>> = {
  conservative: 0.01,
  balanced: 0.05,
  aggressive: 0.25,
};

/** Independent windows below which the incident model sets the levels. @public */
export const MIN_INDEPENDENT_WINDOWS = 2;

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
   * incident model (short histories); breach odds are read from them.
   */
  predictive?: readonly number[];
  /** Incidents found in the history and the model's expectation. */
  incidentModel?: {
    observedIncidents: number;
    badDays: number;
    expectedIncidentsPerWindow: number;
    prior: FleetPrior;
  };
}

/**
 * Tier levels of a (normalised, lookback-cut) history. With at least
 * `windowDays` days of data and one full window: rolling-window quantiles.
 * Otherwise (cold start): quantiles of block-bootstrapped synthetic windows
 * blended with the archetype's levels, data weighted `dataDays / windowDays`.
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
  if (
    days.length >= options.windowDays &&
    days.length < MIN_INDEPENDENT_WINDOWS * options.windowDays
  ) {
    const model = predictiveWindows(days, options.windowDays, options);
    const level = (t: keyof PerTier<number>) =>
      quantileSorted(model.samples, PREDICTIVE_TIER_QUANTILES[t]);
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
      incidentModel: {
        observedIncidents: model.observedIncidents,
        badDays: model.badDays,
        expectedIncidentsPerWindow: model.expectedIncidentsPerWindow,
        prior: model.prior,
      },
    };
  }
  const observed =
    days.length >= options.windowDays
      ? observedLevels(history, options.windowDays)
      : undefined;
  if (observed) {
    return {
      levels: observed,
      coldStart: false,
      dataWeight: 1,
      dataDays: days.length,
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
