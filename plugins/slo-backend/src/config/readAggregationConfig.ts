import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/** How much SLI history the aggregation job keeps and recomputes. */
export interface AggregationConfig {
  hourlyRetentionMs: number;
  dailyRetentionMs: number;
  /** Recomputed on every run once history exists; covers late samples. */
  refreshWindowMs: number;
  /** Points per series per range query; Prometheus refuses more than 11,000. */
  maxPointsPerQuery: number;
}

const DAY = 24 * 3600_000;

function duration(c: Config | undefined, key: string, fallbackMs: number) {
  return c?.has(key)
    ? durationToMilliseconds(readDurationFromConfig(c, { key }))
    : fallbackMs;
}

export function readAggregationConfig(config: Config): AggregationConfig {
  const c = config.getOptionalConfig('slo.aggregation');
  const result = {
    hourlyRetentionMs: duration(c, 'hourlyRetention', 90 * DAY),
    dailyRetentionMs: duration(c, 'dailyRetention', 365 * DAY),
    refreshWindowMs: duration(c, 'refreshWindow', 2 * DAY),
    maxPointsPerQuery: c?.getOptionalNumber('maxPointsPerQuery') ?? 10_000,
  };
  if (result.hourlyRetentionMs < DAY || result.dailyRetentionMs < DAY) {
    throw new Error(
      'Invalid SLO plugin configuration: slo.aggregation retentions must be at least one day',
    );
  }
  if (result.refreshWindowMs < 3600_000) {
    throw new Error(
      'Invalid SLO plugin configuration: slo.aggregation.refreshWindow must be at least one hour',
    );
  }
  if (
    !Number.isInteger(result.maxPointsPerQuery) ||
    result.maxPointsPerQuery < 10 ||
    result.maxPointsPerQuery > 11_000
  ) {
    throw new Error(
      'Invalid SLO plugin configuration: slo.aggregation.maxPointsPerQuery must be an integer from 10 to 11000',
    );
  }
  return result;
}
