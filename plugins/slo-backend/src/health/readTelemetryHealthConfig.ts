import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { z } from 'zod';

const KEY = 'slo.recommendations.telemetryMaxAge';
/** Used when the aggregation runs on a cron or manual schedule. */
const FALLBACK_MAX_AGE_MS = 2 * 3_600_000;

const schema = z.object({
  telemetryMaxAge: z
    .union([z.string().min(1), z.record(z.number())])
    .optional(),
});

/** How fresh aggregates must be for recommendations not to be stale. */
export interface TelemetryHealthConfig {
  maxAgeMs: number;
}

/** The interval of a fixed-rate schedule; undefined for cron or manual ones. */
function frequencyMs(
  frequency: SchedulerServiceTaskScheduleDefinition['frequency'],
): number | undefined {
  if ('cron' in frequency || 'trigger' in frequency) return undefined;
  if ('toMillis' in frequency && typeof frequency.toMillis === 'function') {
    return frequency.toMillis(); // a Luxon Duration
  }
  return durationToMilliseconds(frequency as HumanDuration);
}

/**
 * Reads `slo.recommendations.telemetryMaxAge`: recommendations are served
 * with `stale: true` once the newest aggregation run is older than this.
 * Defaults to twice the aggregation interval (2 hours with the default
 * hourly schedule, and for cron schedules).
 */
export function readTelemetryHealthConfig(
  config: Config,
  aggregation: SchedulerServiceTaskScheduleDefinition,
): TelemetryHealthConfig {
  const section = config.getOptionalConfig('slo.recommendations');
  const parsed = schema.safeParse(section?.get() ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map(
        i =>
          `slo.recommendations.${i.path.join('.')}: ${i.message}; ` +
          'expected a duration such as { hours: 2 } or PT2H',
      )
      .join('; ');
    throw new Error(`Invalid SLO plugin configuration: ${issues}`);
  }
  const interval = frequencyMs(aggregation.frequency);
  const fallback = interval ? 2 * interval : FALLBACK_MAX_AGE_MS;
  if (!section?.has('telemetryMaxAge')) return { maxAgeMs: fallback };
  let maxAgeMs: number;
  try {
    maxAgeMs = durationToMilliseconds(
      readDurationFromConfig(section, { key: 'telemetryMaxAge' }),
    );
  } catch (e) {
    throw new Error(
      `Invalid SLO plugin configuration: ${KEY}: ${(e as Error).message}`,
    );
  }
  const valid = z.number().int().min(60_000).safeParse(maxAgeMs);
  if (!valid.success) {
    throw new Error(
      `Invalid SLO plugin configuration: ${KEY} must be at least one minute`,
    );
  }
  return { maxAgeMs };
}
