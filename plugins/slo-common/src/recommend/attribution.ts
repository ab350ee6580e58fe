/**
 * Feature attribution of the balanced target: exact Shapley values over
 * the model's inputs, each absent feature set to its fleet-baseline value.
 */

import { tierTarget } from './availabilityTiers';
import { resolveLevels } from './coldStart';
import { dayOfWeek, isDataDay } from './history';
import { meanDailyEvents, TierModelInput } from './model';
import { shapleyValues } from './shapley';
import { DailySli } from './types';

/** Attributed features. @public */
export type FeatureName =
  | 'historical_availability'
  | 'dependency_risk'
  | 'external_dependency_reliability'
  | 'traffic_volume'
  | 'seasonality'
  | 'deployment_frequency';

/** Fleet-wide values a feature takes when it is "absent". @public */
export interface FleetBaseline {
  /** Typical balanced level (default: the archetype's availability). */
  availability?: number;
  /** Bound of the dependency chain without external parts (default 1). */
  dependencyBound?: number;
  /** External dependency availability (default 1). */
  externalAvailability?: number;
  /** Events per day (default: the service's own, i.e. no effect). */
  dailyEvents?: number;
  /** Deployments per week (default: the service's own). */
  deploymentsPerWeek?: number;
}

/** One feature's share of balanced target − fleet baseline target. @public */
export interface FeatureAttribution {
  feature: FeatureName;
  value: number;
  baseline: number;
  /** Shapley value, in availability ratio units. */
  contribution: number;
}

const isWeekend = (d: DailySli) => [0, 6].includes(dayOfWeek(d.day));

function unavailability(days: readonly DailySli[]): number {
  const total = days.reduce((s, d) => s + d.total, 0);
  return total > 0 ? days.reduce((s, d) => s + d.total - d.good, 0) / total : 0;
}

/**
 * Weekday/weekend variation: |u_weekend − u_weekday| / u over days with
 * data (u = unavailability); 0 when either group or all errors are missing.
 * @public
 */
export function seasonality(history: readonly DailySli[]): number {
  const days = history.filter(isDataDay);
  const weekend = days.filter(isWeekend);
  const weekday = days.filter(d => !isWeekend(d));
  const u = unavailability(days);
  if (!weekend.length || !weekday.length || u === 0) return 0;
  return Math.abs(unavailability(weekend) - unavailability(weekday)) / u;
}

/**
 * The history with weekend and weekday unavailability equalised, keeping
 * each day's traffic, each group's shape and the total of bad events.
 * @public
 */
export function deseasonalise(history: readonly DailySli[]): DailySli[] {
  const days = history.filter(isDataDay);
  const u = unavailability(days);
  const uWeekend = unavailability(days.filter(isWeekend));
  const uWeekday = unavailability(days.filter(d => !isWeekend(d)));
  return history.map(d => {
    if (!isDataDay(d)) return d;
    const uGroup = isWeekend(d) ? uWeekend : uWeekday;
    const bad = uGroup > 0 ? ((d.total - d.good) * u) / uGroup : d.total * u;
    return { ...d, good: d.total - Math.min(d.total, bad) };
  });
}

/** Input of `attributeBalancedTarget`. @public */
export interface AttributionInput extends TierModelInput {
  externalAvailability?: number;
  deploymentsPerWeek?: number;
  fleet?: FleetBaseline;
}

/**
 * Shapley attribution of the balanced target over historical availability,
 * dependency risk (bound without external parts), external reliability,
 * traffic volume (through the traffic cap), seasonality (absent: the
 * deseasonalised history) and, when given, deployment frequency (not used
 * by the model, so always 0). Contributions sum to
 * `balancedTarget - fleetBaselineTarget`; sorted by size.
 * @public
 */
export function attributeBalancedTarget(input: AttributionInput): {
  featureAttribution: FeatureAttribution[];
  balancedTarget: number;
  fleetBaselineTarget: number;
} {
  const fleet = input.fleet ?? {};
  const levelOf = (h: readonly DailySli[]) =>
    resolveLevels(h, input.archetype, {
      ...input.bootstrap,
      windowDays: input.windowDays,
      fleetPrior: input.fleetPrior,
    }).levels.balanced;
  const bound = input.bound;
  const external =
    bound === undefined
      ? 1
      : Math.min(1, Math.max(bound, input.externalAvailability ?? 1));
  const dailyEvents = input.dailyEvents ?? meanDailyEvents(input.history) ?? 0;
  const features: { feature: FeatureName; value: number; baseline: number }[] =
    [
      {
        feature: 'historical_availability',
        value: levelOf(input.history),
        baseline: fleet.availability ?? input.archetype.availability,
      },
      {
        feature: 'dependency_risk',
        value: (bound ?? 1) / external,
        baseline: fleet.dependencyBound ?? 1,
      },
      {
        feature: 'external_dependency_reliability',
        value: external,
        baseline: fleet.externalAvailability ?? 1,
      },
      {
        feature: 'traffic_volume',
        value: dailyEvents,
        baseline: fleet.dailyEvents ?? dailyEvents,
      },
      {
        feature: 'seasonality',
        value: seasonality(input.history),
        baseline: 0,
      },
    ];
  if (input.deploymentsPerWeek !== undefined) {
    const value = input.deploymentsPerWeek;
    features.push({
      feature: 'deployment_frequency',
      value,
      baseline: fleet.deploymentsPerWeek ?? value,
    });
  }
  const flatLevel = levelOf(deseasonalise(input.history));
  const [H, D, E, V, S] = [0, 1, 2, 3, 4].map(i => 1 << i);
  const pick = (m: number, bit: number, i: number) =>
    m & bit ? features[i].value : features[i].baseline;
  const historyLevel = (m: number) => {
    if (!(m & H)) return features[0].baseline;
    return m & S ? features[0].value : flatLevel;
  };
  const value = (m: number) => {
    const level = historyLevel(m);
    const cap =
      m & D && m & E && bound !== undefined
        ? bound
        : pick(m, D, 1) * pick(m, E, 2);
    return tierTarget(level, {
      windowDays: input.windowDays,
      bound: cap,
      dailyEvents: pick(m, V, 3),
    }).target;
  };
  const phi = shapleyValues(features.length, value);
  const featureAttribution = features
    .map((f, i) => ({ ...f, contribution: phi[i] }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return {
    featureAttribution,
    balancedTarget: value((1 << features.length) - 1),
    fleetBaselineTarget: value(0),
  };
}
