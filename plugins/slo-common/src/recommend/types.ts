/**
 * Input model of the recommendation engine: one service's daily SLI history.
 */

/**
 * Latency quantiles observed over one day, in milliseconds. A quantile
 * the telemetry could not compute is absent, never guessed.
 * @public
 */
export interface LatencyQuantilesMs {
  p50?: number;
  p95?: number;
  p99?: number;
  p999?: number;
}

/**
 * One calendar day of SLI data for a service. A day flagged `gap` (or with
 * no traffic) carries no data: it is skipped, never counted as zero.
 * @public
 */
export interface DailySli {
  /** UTC calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Good events (e.g. non-5xx requests). */
  good: number;
  /** All valid events. */
  total: number;
  latencyQuantilesMs?: LatencyQuantilesMs;
  /** True when telemetry is missing for the day. */
  gap?: boolean;
}

/** Name of a recommendation tier. @public */
export type TierName = 'conservative' | 'balanced' | 'aggressive';

/** The three tier names, loosest first. @public */
export const TIER_NAMES: readonly TierName[] = [
  'conservative',
  'balanced',
  'aggressive',
];

/** One value per tier. @public */
export type PerTier<T> = Record<TierName, T>;
