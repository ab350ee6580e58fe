import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { z } from 'zod';

/** The routes whose calls are rate limited, per caller. */
export type RateLimitedRoute =
  | 'ingestion'
  | 'decisions'
  | 'impactAnalysis'
  | 'regenerations';

/** `slo.rateLimits`, with defaults applied (docs/configuration.md). */
export interface RateLimitConfig {
  enabled: boolean;
  windowMs: number;
  /** Calls per window and caller; a caller may spend them in a burst. */
  limits: Record<RateLimitedRoute, number>;
}

/** The per-client limits of the API specification, per minute. */
export const DEFAULT_RATE_LIMITS: Record<RateLimitedRoute, number> = {
  ingestion: 10,
  decisions: 30,
  impactAnalysis: 10,
  regenerations: 10,
};

const count = z.number().int().min(1).max(1_000_000);
const schema = z
  .object({
    enabled: z.boolean().default(true),
    ingestion: count.default(DEFAULT_RATE_LIMITS.ingestion),
    decisions: count.default(DEFAULT_RATE_LIMITS.decisions),
    impactAnalysis: count.default(DEFAULT_RATE_LIMITS.impactAnalysis),
    regenerations: count.default(DEFAULT_RATE_LIMITS.regenerations),
  })
  .strict();

const MINUTE = 60_000;

export function readRateLimitConfig(config: Config): RateLimitConfig {
  const c = config.getOptionalConfig('slo.rateLimits');
  const { window: _window, ...rest } = (c?.get() ?? {}) as Record<
    string,
    unknown
  >;
  const parsed = schema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid SLO plugin configuration: slo.rateLimits${
        issue.path.length ? `.${issue.path.join('.')}` : ''
      }: ${issue.message}`,
    );
  }
  const windowMs = c?.has('window')
    ? durationToMilliseconds(readDurationFromConfig(c, { key: 'window' }))
    : MINUTE;
  if (!(windowMs >= 1000 && windowMs <= 24 * 60 * MINUTE)) {
    throw new Error(
      `Invalid SLO plugin configuration: slo.rateLimits.window must be from 1 second to 1 day, got ${windowMs} ms`,
    );
  }
  const { enabled, ...limits } = parsed.data;
  return { enabled, windowMs, limits };
}
