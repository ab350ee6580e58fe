import { z } from 'zod';

/** Outcome of one readiness probe. @public */
export const readinessCheckSchema = z.object({
  status: z.enum(['ok', 'error']),
  /** Wall-clock time the probe took. */
  latencyMs: z.number().nonnegative(),
  /** Human-readable reason when the probe failed, or a short detail when it passed. */
  message: z.string().optional(),
});

/** @public */
export type ReadinessCheck = z.infer<typeof readinessCheckSchema>;

/** Body of `GET /api/slo/health/ready`. @public */
export const readinessReportSchema = z.object({
  status: z.enum(['ok', 'error']),
  checks: z.object({
    database: readinessCheckSchema,
    prometheus: readinessCheckSchema,
  }),
  /** Metric sources added by backend modules, by source id. */
  metricSources: z.record(readinessCheckSchema).optional(),
});

/** @public */
export type ReadinessReport = z.infer<typeof readinessReportSchema>;

/** Body of `GET /api/slo/health`. @public */
export const livenessReportSchema = z.object({ status: z.literal('ok') });

/** @public */
export type LivenessReport = z.infer<typeof livenessReportSchema>;
