import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/** How the drift job samples SLIs. See docs/drift-detection.md. */
export interface DriftConfig {
  enabled: boolean;
  /** Length of one SLI point; at least twice the scrape interval. */
  stepSeconds: number;
  /** How far back the first run for an entity reads. */
  initialLookbackMs: number;
  /** Points that make up an entity's baseline before detection starts. */
  baselinePoints: number;
  /**
   * p99 points of fewer requests are skipped: their p99 is a handful of
   * requests. (Sparse availability points are merged instead.)
   */
  minEventsPerLatencyPoint: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function invalid(message: string): never {
  throw new Error(`Invalid SLO plugin configuration: slo.drift.${message}`);
}

function duration(c: Config | undefined, key: string, fallbackMs: number) {
  return c?.has(key)
    ? durationToMilliseconds(readDurationFromConfig(c, { key }))
    : fallbackMs;
}

function integer(
  c: Config | undefined,
  key: string,
  min: number,
  max: number,
  fallback: number,
) {
  const value = c?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    invalid(`${key} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function readDriftConfig(config: Config): DriftConfig {
  const c = config.getOptionalConfig('slo.drift');
  const stepMs = duration(c, 'step', MINUTE);
  if (stepMs % 1000 !== 0 || stepMs < 10_000 || stepMs > 3600_000) {
    invalid(
      `step must be whole seconds from 10 seconds to 1 hour, got ${stepMs} ms`,
    );
  }
  const initialLookbackMs = duration(c, 'initialLookback', DAY);
  const baselinePoints = integer(c, 'baselinePoints', 30, 10_000, 120);
  if (
    initialLookbackMs > 90 * DAY ||
    initialLookbackMs < baselinePoints * stepMs
  ) {
    invalid(
      `initialLookback must hold at least baselinePoints (${baselinePoints}) steps and at most 90 days`,
    );
  }
  return {
    enabled: c?.getOptionalBoolean('enabled') ?? true,
    stepSeconds: stepMs / 1000,
    initialLookbackMs,
    baselinePoints,
    minEventsPerLatencyPoint: integer(
      c,
      'minEventsPerLatencyPoint',
      1,
      1e9,
      1000,
    ),
  };
}
