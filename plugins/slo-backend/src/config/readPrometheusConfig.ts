import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { z } from 'zod';

/** Connection settings of the Prometheus-compatible HTTP API. */
export interface PrometheusConfig {
  baseUrl: string;
  requestTimeoutMs: number;
  headers: Record<string, string>;
  /** Retries of failed requests; defaults to {@link DEFAULT_RETRY}. */
  retry?: PrometheusRetryConfig;
  /** Defaults to {@link DEFAULT_CIRCUIT_BREAKER}. */
  circuitBreaker?: PrometheusCircuitBreakerConfig;
}

/**
 * Retry `n` (1-based) waits `initialDelayMs × factor^(n-1)`; `attempts` is
 * the number of retries after the first failed request, 0 disables them.
 */
export interface PrometheusRetryConfig {
  attempts: number;
  initialDelayMs: number;
  factor: number;
}

export interface PrometheusCircuitBreakerConfig {
  failureThreshold: number;
  resetAfterMs: number;
}

/** Three retries after 1 s, 2 s and 4 s. */
export const DEFAULT_RETRY: PrometheusRetryConfig = {
  attempts: 3,
  initialDelayMs: 1_000,
  factor: 2,
};

export const DEFAULT_CIRCUIT_BREAKER: PrometheusCircuitBreakerConfig = {
  failureThreshold: 10,
  resetAfterMs: 30_000,
};

const DEFAULT_TIMEOUT_MS = 30_000;

const prometheusConfigSchema = z.object({
  baseUrl: z
    .string()
    .url('slo.prometheus.baseUrl must be an absolute http(s) URL')
    .refine(u => /^https?:\/\//.test(u), {
      message: 'slo.prometheus.baseUrl must use http or https',
    })
    .transform(u => u.replace(/\/+$/, '')),
  bearerToken: z.string().min(1).optional(),
  basicAuth: z
    .object({ username: z.string().min(1), password: z.string() })
    .optional(),
  headers: z.record(z.string()).optional(),
  retry: z
    .object({
      attempts: z.number().int().min(0).max(10).optional(),
      initialDelay: z.unknown().optional(),
      factor: z.number().min(1).max(10).optional(),
    })
    .optional(),
  circuitBreaker: z
    .object({
      failureThreshold: z.number().int().min(1).optional(),
      resetAfter: z.unknown().optional(),
    })
    .optional(),
});

function readMs(
  section: Config,
  key: string,
  defaultMs: number,
  allowZero = false,
): number {
  if (!section.has(key)) return defaultMs;
  let ms: number;
  try {
    ms = durationToMilliseconds(readDurationFromConfig(section, { key }));
  } catch (e) {
    throw new Error(
      `Invalid SLO plugin configuration: slo.prometheus.${key}: ${
        (e as Error).message
      }`,
    );
  }
  if (!(ms > 0 || (allowZero && ms === 0))) {
    throw new Error(
      `Invalid SLO plugin configuration: slo.prometheus.${key} must be ${
        allowZero ? 'zero or positive' : 'positive'
      }`,
    );
  }
  return ms;
}

/**
 * Reads `slo.prometheus`; returns undefined when it is absent so the engine
 * can run (and report itself not ready) without telemetry configured.
 * Throws with the offending key on invalid values.
 */
export function readPrometheusConfig(
  config: Config,
): PrometheusConfig | undefined {
  const section = config.getOptionalConfig('slo.prometheus');
  if (!section) return undefined;

  const parsed = prometheusConfigSchema.safeParse(section.get());
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map(i => `slo.prometheus.${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`Invalid SLO plugin configuration: ${issues}`);
  }
  const {
    baseUrl,
    bearerToken,
    basicAuth,
    headers = {},
    retry = {},
    circuitBreaker = {},
  } = parsed.data;

  const requestTimeoutMs = readMs(
    section,
    'requestTimeout',
    DEFAULT_TIMEOUT_MS,
  );

  const authHeaders: Record<string, string> = {};
  if (bearerToken) {
    authHeaders.Authorization = `Bearer ${bearerToken}`;
  } else if (basicAuth) {
    const pair = `${basicAuth.username}:${basicAuth.password}`;
    authHeaders.Authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  }
  return {
    baseUrl,
    requestTimeoutMs,
    headers: { ...headers, ...authHeaders },
    retry: {
      attempts: retry.attempts ?? DEFAULT_RETRY.attempts,
      initialDelayMs: readMs(
        section,
        'retry.initialDelay',
        DEFAULT_RETRY.initialDelayMs,
        true,
      ),
      factor: retry.factor ?? DEFAULT_RETRY.factor,
    },
    circuitBreaker: {
      failureThreshold:
        circuitBreaker.failureThreshold ??
        DEFAULT_CIRCUIT_BREAKER.failureThreshold,
      resetAfterMs: readMs(
        section,
        'circuitBreaker.resetAfter',
        DEFAULT_CIRCUIT_BREAKER.resetAfterMs,
      ),
    },
  };
}
