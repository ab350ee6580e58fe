import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { z } from 'zod';

/** Connection settings of the Prometheus-compatible HTTP API. */
export interface PrometheusConfig {
  baseUrl: string;
  requestTimeoutMs: number;
  headers: Record<string, string>;
}

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
});

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
  const { baseUrl, bearerToken, basicAuth, headers = {} } = parsed.data;

  const requestTimeoutMs = section.has('requestTimeout')
    ? durationToMilliseconds(
        readDurationFromConfig(section, { key: 'requestTimeout' }),
      )
    : DEFAULT_TIMEOUT_MS;
  if (!(requestTimeoutMs > 0)) {
    throw new Error(
      'Invalid SLO plugin configuration: slo.prometheus.requestTimeout must be positive',
    );
  }

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
  };
}
