/**
 * Shared scenarios for measuring detection delay and false alarms, so that
 * every detector and the vote are judged on the same series.
 */
import { DriftDetector } from '../types';
import {
  Series,
  availabilitySeries,
  detectionDelay,
  detections,
  p99LatencySeries,
} from './streams';

/** Seeds of the change-point series. */
export const CHANGE_SEEDS = Array.from({ length: 100 }, (_, i) => i + 1);
/** Seeds of the no-change series (disjoint from the change seeds). */
export const NO_CHANGE_SEEDS = Array.from({ length: 200 }, (_, i) => i + 1001);

/** 1,000 values (about ten days at one per 15 minutes), change at 500. */
export const CHANGE_SCENARIOS: Record<string, (seed: number) => Series> = {
  'p99 latency +20% after a deployment': seed =>
    p99LatencySeries(seed, 1000, { at: 500, increase: 0.2 }),
  'availability 99.9% → 99.8%': seed =>
    availabilitySeries(seed, 1000, { at: 500, availabilityAfter: 0.998 }),
};

/** The same series without a change. */
export const NO_CHANGE_SCENARIOS: Record<string, (seed: number) => Series> = {
  'p99 latency': seed => p99LatencySeries(seed, 1000),
  availability: seed => availabilitySeries(seed, 1000),
};

/** Delay of the first detection at or after the change for each seed (undefined: none). */
export function delays(
  make: (seed: number) => Pick<DriftDetector, 'update'>,
  scenario: (seed: number) => Series,
): (number | undefined)[] {
  return CHANGE_SEEDS.map(seed => detectionDelay(make(seed), scenario(seed)));
}

/** Detections per 1,000 values over all no-change seeds. */
export function falseAlarmsPer1000(
  make: (seed: number) => Pick<DriftDetector, 'update'>,
  scenario: (seed: number) => Series,
): number {
  let alarms = 0;
  let values = 0;
  for (const seed of NO_CHANGE_SEEDS) {
    const series = scenario(seed).values;
    alarms += detections(make(seed), series).length;
    values += series.length;
  }
  return (alarms * 1000) / values;
}

/**
 * Runs `stream` with the detector's state serialised to JSON and restored
 * after `split` values, returning the detections and the final state.
 */
export function resumedRun<D extends DriftDetector>(
  make: () => D,
  restore: (state: unknown) => D,
  stream: readonly number[],
  split: number,
): { found: number[]; state: unknown } {
  const first = make();
  const found: number[] = [];
  stream.slice(0, split).forEach((x, i) => {
    if (first.update(x)) found.push(i);
  });
  const second = restore(JSON.parse(JSON.stringify(first.state())));
  stream.slice(split).forEach((x, i) => {
    if (second.update(x)) found.push(split + i);
  });
  return { found, state: second.state() };
}
