/**
 * A seeded synthetic fleet for the recommendation backtest: daily SLI
 * histories drawn from known failure processes, so the future windows a
 * recommendation is scored on come from the same process as its history.
 */

import { mulberry32, Rng } from '../rng';
import { DailySli } from '../types';

/** Failure process of a synthetic service. */
export type ServiceClass =
  | 'stable'
  | 'heavy-tailed'
  | 'drifting'
  | 'low-traffic';

/** The classes, in report order. */
export const SERVICE_CLASSES: readonly ServiceClass[] = [
  'stable',
  'heavy-tailed',
  'drifting',
  'low-traffic',
];

/** Share of each class in a generated fleet. */
export const FLEET_MIX: Readonly<Record<ServiceClass, number>> = {
  stable: 0.35,
  'heavy-tailed': 0.35,
  drifting: 0.15,
  'low-traffic': 0.15,
};

/** The parameters a service's history was drawn from. */
export interface ServiceProcess {
  id: string;
  serviceClass: ServiceClass;
  /** Mean events per weekday. */
  dailyEvents: number;
  /** Base error rate (share of failed events outside incidents). */
  baseErrorRate: number;
  /** Weekend error rate multiplier (weekly seasonality). */
  weekendFactor: number;
  /** Heavy-tailed only: expected incidents per day. */
  incidentRate?: number;
  /** Heavy-tailed only: Pareto tail index of incident durations. */
  paretoAlpha?: number;
  /** Drifting only: log change of the error rate per 100 days. */
  driftPer100Days?: number;
}

/** A generated service: its process and its daily history. */
export interface SyntheticService {
  process: ServiceProcess;
  history: DailySli[];
  /** Full-outage minutes per day (heavy-tailed services; else zeros). */
  outageMinutes: number[];
}

const MINUTES_PER_DAY = 1440;
/** Shortest incident, minutes (Pareto scale). */
export const INCIDENT_MIN_MINUTES = 30;
/** Longest incident, minutes: three days. */
export const INCIDENT_MAX_MINUTES = 3 * MINUTES_PER_DAY;

/** `YYYY-MM-DD` of the i-th day from 2026-01-05 (a Monday). */
export function syntheticDay(i: number): string {
  return new Date(Date.UTC(2026, 0, 5 + i)).toISOString().slice(0, 10);
}

const uniform = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const logUniform = (rng: Rng, lo: number, hi: number) =>
  Math.exp(uniform(rng, Math.log(lo), Math.log(hi)));

function normal(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function poisson(rng: Rng, mean: number): number {
  if (mean > 50)
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/**
 * A binomial draw: exact for small n, Poisson for rare failures, normal
 * otherwise.
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n < 64) {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  }
  const mean = n * p;
  if (p < 0.05) return Math.min(n, poisson(rng, mean));
  const sd = Math.sqrt(mean * (1 - p));
  return Math.min(n, Math.max(0, Math.round(mean + sd * normal(rng))));
}

function drawProcess(
  rng: Rng,
  id: string,
  serviceClass: ServiceClass,
): ServiceProcess {
  const weekendFactor = uniform(rng, 0.6, 1.6);
  if (serviceClass === 'low-traffic') {
    return {
      id,
      serviceClass,
      dailyEvents: logUniform(rng, 20, 2_000),
      baseErrorRate: logUniform(rng, 2e-4, 1e-2),
      weekendFactor,
    };
  }
  const base = {
    id,
    serviceClass,
    dailyEvents: logUniform(rng, 2e4, 5e6),
    baseErrorRate: logUniform(rng, 1e-5, 3e-3),
    weekendFactor,
  };
  if (serviceClass === 'heavy-tailed') {
    return {
      ...base,
      baseErrorRate: logUniform(rng, 1e-5, 1e-3),
      incidentRate: 1 / uniform(rng, 20, 120),
      paretoAlpha: uniform(rng, 1, 1.5),
    };
  }
  if (serviceClass === 'drifting') {
    const sign = rng() < 0.5 ? -1 : 1;
    return { ...base, driftPer100Days: sign * uniform(rng, 0.5, 1.2) };
  }
  return base;
}

/**
 * Minutes of full outage per day: Poisson incident starts (per minute),
 * Pareto(`INCIDENT_MIN_MINUTES`, alpha) durations capped at three days,
 * spilling over midnight into the following days.
 */
function outages(rng: Rng, process: ServiceProcess, days: number): number[] {
  const minutes = new Array<number>(days).fill(0);
  const rate = process.incidentRate ?? 0;
  const alpha = process.paretoAlpha ?? 1.5;
  if (rate <= 0) return minutes;
  let t = -Math.log(1 - rng()) / rate; // days until the first incident
  while (t < days) {
    const duration = Math.min(
      INCIDENT_MAX_MINUTES,
      INCIDENT_MIN_MINUTES / Math.pow(1 - rng(), 1 / alpha),
    );
    let at = t * MINUTES_PER_DAY;
    let left = duration;
    while (left > 0 && at < days * MINUTES_PER_DAY) {
      const day = Math.floor(at / MINUTES_PER_DAY);
      const take = Math.min(left, (day + 1) * MINUTES_PER_DAY - at);
      minutes[day] = Math.min(MINUTES_PER_DAY, minutes[day] + take);
      left -= take;
      at += take;
    }
    t += -Math.log(1 - rng()) / rate;
  }
  return minutes;
}

/** Draws the daily history of one process over `days` days. */
export function generateHistory(
  process: ServiceProcess,
  days: number,
  seed: number,
): SyntheticService {
  const rng = mulberry32(seed);
  const outageMinutes = outages(rng, process, days);
  const history: DailySli[] = [];
  for (let i = 0; i < days; i++) {
    const weekend = i % 7 >= 5;
    const trafficShape = weekend ? 0.6 : 1;
    const total = Math.max(
      1,
      process.serviceClass === 'low-traffic'
        ? poisson(rng, process.dailyEvents * trafficShape)
        : Math.round(
            process.dailyEvents * trafficShape * Math.exp(0.1 * normal(rng)),
          ),
    );
    const drift = process.driftPer100Days
      ? Math.exp((process.driftPer100Days * i) / 100)
      : 1;
    const rate = Math.min(
      1,
      process.baseErrorRate *
        (weekend ? process.weekendFactor : 1) *
        drift *
        Math.exp(0.3 * normal(rng) - 0.045),
    );
    // Incidents fail a share (30-100%) of the traffic while they last.
    const outageShare =
      outageMinutes[i] > 0
        ? (outageMinutes[i] / MINUTES_PER_DAY) * uniform(rng, 0.3, 1)
        : 0;
    const bad = binomial(rng, total, rate + outageShare * (1 - rate));
    history.push({ day: syntheticDay(i), good: total - bad, total });
  }
  return { process, history, outageMinutes };
}

/** Options of `generateFleet`. */
export interface FleetOptions {
  services: number;
  /** Days of history per service (training plus evaluation). */
  days: number;
  seed: number;
  mix?: Readonly<Record<ServiceClass, number>>;
}

/**
 * A fleet of `services` synthetic services, classes in proportion to `mix`
 * (rounded, every class present when the fleet is large enough).
 */
export function generateFleet(options: FleetOptions): SyntheticService[] {
  const mix = options.mix ?? FLEET_MIX;
  const rng = mulberry32(options.seed);
  const classes: ServiceClass[] = [];
  let assigned = 0;
  SERVICE_CLASSES.forEach((c, i) => {
    const count =
      i === SERVICE_CLASSES.length - 1
        ? options.services - assigned
        : Math.round(options.services * mix[c]);
    for (let k = 0; k < count; k++) classes.push(c);
    assigned += count;
  });
  return classes.map((c, i) => {
    const process = drawProcess(rng, `svc-${i}`, c);
    const seed = Math.floor(rng() * 2 ** 31);
    return generateHistory(process, options.days, seed);
  });
}
