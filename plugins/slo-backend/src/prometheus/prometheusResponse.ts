import { z } from 'zod';

/**
 * Prometheus encodes sample values as strings so that NaN and ±Inf survive
 * JSON; we turn them into numbers here.
 */
const sampleValue = z
  .tuple([z.number(), z.string()])
  .transform(([t, v]) => ({ timestamp: t, value: Number(v) }));

const metric = z.record(z.string());

export const vectorSchema = z.array(z.object({ metric, value: sampleValue }));
export const matrixSchema = z.array(
  z.object({ metric, values: z.array(sampleValue) }),
);

export const apiResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    data: z.object({ resultType: z.string(), result: z.unknown() }),
    warnings: z.array(z.string()).optional(),
  }),
  z.object({
    status: z.literal('error'),
    errorType: z.string(),
    error: z.string(),
  }),
]);

/** One sample of an instant query. */
export interface InstantSample {
  metric: Record<string, string>;
  timestamp: number;
  value: number;
}

/** One series of a range query. */
export interface RangeSeries {
  metric: Record<string, string>;
  values: { timestamp: number; value: number }[];
}
