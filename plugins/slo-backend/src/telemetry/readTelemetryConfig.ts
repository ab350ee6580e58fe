import { Config } from '@backstage/config';
import { z } from 'zod';
import {
  assertLabelName,
  assertMetricName,
  joinMatchers,
  LabelMatcher,
} from './promqlEscape';
import { validateMatchers } from './validateSelector';

/** Which series hold an entity's SLIs; every string is safe PromQL. */
export interface TelemetryMappingConfig {
  /** Label naming the service, e.g. `service`. */
  serviceLabel: string;
  availability: {
    /** Request counter, e.g. `http_server_requests_total`. */
    totalMetric: string;
    /** Matchers selecting failed requests, e.g. `code=~"5.."`. */
    errorSelector: string;
  };
  latency: {
    /** Histogram bucket series, e.g. `http_server_request_duration_seconds_bucket`. */
    bucketMetric: string;
  };
  /** Matchers ANDed into every query of every entity. */
  extraMatchers: LabelMatcher[];
}

export const DEFAULT_TELEMETRY_MAPPING: TelemetryMappingConfig = {
  serviceLabel: 'service',
  availability: {
    totalMetric: 'http_server_requests_total',
    errorSelector: 'code=~"5.."',
  },
  latency: { bucketMetric: 'http_server_request_duration_seconds_bucket' },
  extraMatchers: [],
};

const schema = z.object({
  serviceLabel: z.string().optional(),
  availability: z
    .object({
      totalMetric: z.string().optional(),
      errorSelector: z.string().optional(),
    })
    .optional(),
  latency: z.object({ bucketMetric: z.string().optional() }).optional(),
  extraSelector: z.string().optional(),
});

/**
 * Reads `slo.telemetry`, validating every name and selector with the
 * Prometheus grammar. Throws with the offending key.
 */
export function readTelemetryConfig(config: Config): TelemetryMappingConfig {
  const raw = config.getOptional('slo.telemetry') ?? {};
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map(i => `slo.telemetry.${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`Invalid SLO plugin configuration: ${issues}`);
  }
  const d = DEFAULT_TELEMETRY_MAPPING;
  const c = parsed.data;
  const key = (k: string) =>
    `Invalid SLO plugin configuration: slo.telemetry.${k}`;
  try {
    const serviceLabel = assertLabelName(
      c.serviceLabel ?? d.serviceLabel,
      key('serviceLabel'),
    );
    const errorMatchers = validateMatchers(
      c.availability?.errorSelector ?? d.availability.errorSelector,
      { description: key('availability.errorSelector') },
    );
    const extraMatchers = c.extraSelector
      ? validateMatchers(c.extraSelector, {
          description: key('extraSelector'),
        })
      : [];
    if (extraMatchers.some(m => m.label === serviceLabel)) {
      throw new Error(
        `${key(
          'extraSelector',
        )}: must not match the service label ${serviceLabel}`,
      );
    }
    return {
      serviceLabel,
      availability: {
        totalMetric: assertMetricName(
          c.availability?.totalMetric ?? d.availability.totalMetric,
          key('availability.totalMetric'),
        ),
        errorSelector: joinMatchers(errorMatchers),
      },
      latency: {
        bucketMetric: assertMetricName(
          c.latency?.bucketMetric ?? d.latency.bucketMetric,
          key('latency.bucketMetric'),
        ),
      },
      extraMatchers,
    };
  } catch (e) {
    throw new Error((e as Error).message);
  }
}
