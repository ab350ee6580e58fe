/**
 * Predictive availability of the next SLO window: a block-bootstrapped
 * baseline plus an incident process whose rate comes from a fleet prior
 * updated with the incidents the history shows.
 *
 * Thirty (or ninety) days without an outage do not show that a service
 * never has one; only fleet information can price incidents a history did
 * not see, and the prior weighs less as the days add up.
 */

import {
  blockBootstrap,
  BlockBootstrapOptions,
  ratioOfSums,
} from './bootstrap';
import { DayCounts } from './rollingWindows';
import { mulberry32, Rng } from './rng';
import { sortedCopy } from './stats';

/**
 * Fleet prior of the incident process: rare, long, user-visible outages.
 * Durations are in full-outage-equivalent minutes (an hour failing half of
 * the traffic counts 30 minutes).
 * @public
 */
export interface FleetPrior {
  /** Mean incidents per service per 365 days (default 4: one a quarter). */
  incidentsPerYear: number;
  /**
   * Gamma shape of the incident rate across services (default 0.5). Small
   * values spread the rate: many services rarely fail, a few often.
   */
  rateShape: number;
  /** Shortest incident, minutes: the Pareto scale (default 15). */
  minMinutes: number;
  /** Pareto tail index of durations (default 1.2: heavy tailed). */
  tailIndex: number;
  /** Longest incident, minutes (default 4,320: three days). */
  maxMinutes: number;
  /**
   * Weight of the prior duration distribution against the observed
   * incidents, in pseudo-incidents (default 2).
   */
  durationWeight: number;
}

/** The built-in fleet prior (see docs/recommendations.md). @public */
export const DEFAULT_FLEET_PRIOR: Readonly<FleetPrior> = {
  incidentsPerYear: 4,
  rateShape: 0.5,
  minMinutes: 15,
  tailIndex: 1.2,
  maxMinutes: 3 * 1440,
  durationWeight: 2,
};

/** A day's error rate must exceed this multiple of the baseline. */
export const EXCURSION_FACTOR = 4;
/** ...and lose at least this many full-outage-equivalent minutes. */
export const EXCURSION_MIN_MINUTES = 5;

/** Incident-like excursions of a history. @public */
export interface Excursions {
  /** Median daily error rate. */
  baselineRate: number;
  /** Full-outage-equivalent minutes of each incident (runs of bad days). */
  minutes: number[];
  /** Bad days flagged as excursions. */
  badDays: number;
  /** The days with each excursion's excess removed. */
  cleaned: DayCounts[];
}

/**
 * Days whose error rate is far above the median day (at least
 * `EXCURSION_FACTOR` times, beyond Poisson noise, and at least
 * `EXCURSION_MIN_MINUTES` of lost minutes). Consecutive bad days are one
 * incident.
 * @public
 */
export function findExcursions(days: readonly DayCounts[]): Excursions {
  const rates = sortedCopy(
    days.filter(d => d.total > 0).map(d => (d.total - d.good) / d.total),
  );
  const baselineRate = rates.length ? rates[Math.floor(rates.length / 2)] : 0;
  const minutes: number[] = [];
  const cleaned: DayCounts[] = [];
  let badDays = 0;
  let previousBad = false;
  for (const d of days) {
    const bad = d.total - d.good;
    const expected = baselineRate * d.total;
    const excess = bad - expected;
    const lost = d.total > 0 ? (excess / d.total) * 1440 : 0;
    const isBad =
      d.total > 0 &&
      bad > EXCURSION_FACTOR * expected &&
      excess > 3 * Math.sqrt(expected) + 3 &&
      lost >= EXCURSION_MIN_MINUTES;
    if (isBad) {
      badDays++;
      if (previousBad) minutes[minutes.length - 1] += lost;
      else minutes.push(lost);
      cleaned.push({ good: d.total - Math.round(expected), total: d.total });
    } else {
      cleaned.push(d);
    }
    previousBad = isBad;
  }
  return { baselineRate, minutes, badDays, cleaned };
}

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Gamma(shape, 1) by Marsaglia and Tsang (boosted below shape 1). */
function gamma(rng: Rng, shape: number): number {
  if (shape < 1) {
    return gamma(rng, shape + 1) * Math.pow(Math.max(rng(), 1e-12), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = rng();
    if (
      Math.log(Math.max(u, 1e-300)) <
      0.5 * x * x + d - d * v + d * Math.log(v)
    )
      return d * v;
  }
}

function poisson(rng: Rng, mean: number): number {
  if (mean > 30) {
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** The predictive window distribution of a history. @public */
export interface PredictiveWindows {
  /** Sampled next-window availabilities, ascending. */
  samples: number[];
  /** Incidents found in the history. */
  observedIncidents: number;
  badDays: number;
  /** Posterior mean incidents per window. */
  expectedIncidentsPerWindow: number;
  prior: FleetPrior;
}

/**
 * Samples the next window's availability: a block-bootstrapped window of
 * the history (or of its newest `baselineDays`) with its incidents' excess
 * removed, plus incidents drawn
 * from a Poisson process. The rate is Gamma(shape + n, shape / prior rate
 * + days) after n incidents in the history's days; durations come from the
 * observed incidents or, with weight `durationWeight`, from the prior's
 * capped Pareto.
 * @public
 */
export function predictiveWindows(
  days: readonly DayCounts[],
  windowDays: number,
  options: BlockBootstrapOptions & {
    fleetPrior?: Partial<FleetPrior>;
    /**
     * Resample the baseline from only the newest this many days (default:
     * all); the incident rate and durations always use every day.
     */
    baselineDays?: number;
  },
): PredictiveWindows {
  const prior: FleetPrior = { ...DEFAULT_FLEET_PRIOR, ...options.fleetPrior };
  const excursions = findExcursions(days);
  const n = excursions.minutes.length;
  const shape = prior.rateShape + n;
  const rate = prior.rateShape / (prior.incidentsPerYear / 365) + days.length;
  const recent =
    options.baselineDays && options.baselineDays < excursions.cleaned.length
      ? excursions.cleaned.slice(-options.baselineDays)
      : excursions.cleaned;
  const [base] = blockBootstrap(recent, s => [ratioOfSums(s)], {
    ...options,
    length: windowDays,
  });
  const rng = mulberry32((options.seed ^ 0x9e3779b9) >>> 0);
  const windowMinutes = windowDays * 1440;
  const priorShare = prior.durationWeight / (prior.durationWeight + n);
  const samples = base.map(a => {
    const lambda = (gamma(rng, shape) / rate) * windowDays;
    const count = poisson(rng, lambda);
    let lost = 0;
    for (let i = 0; i < count; i++) {
      if (n > 0 && rng() >= priorShare) {
        lost += excursions.minutes[Math.floor(rng() * n) % n];
      } else {
        const pareto =
          prior.minMinutes / Math.pow(1 - rng(), 1 / prior.tailIndex);
        lost += Math.min(prior.maxMinutes, pareto);
      }
    }
    const incident = Math.min(1, lost / windowMinutes);
    const availability = Number.isFinite(a) ? a : 1;
    return availability * (1 - incident);
  });
  return {
    samples: sortedCopy(samples),
    observedIncidents: n,
    badDays: excursions.badDays,
    expectedIncidentsPerWindow: (shape / rate) * windowDays,
    prior,
  };
}
