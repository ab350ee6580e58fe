/** The JSON state of a {@link SliDriftMonitor}, validated on restore. */
import { z } from 'zod';
import { finite, integer } from './validation';

const pointSchema = z
  .object({ t: finite(), value: finite(), events: finite() })
  .strict();

export const sliDriftMonitorStateSchema = z
  .object({
    kind: z.literal('sli-drift-monitor'),
    version: z.literal(1),
    sli: z.enum(['availability', 'latency_p99']),
    baselinePoints: integer(2),
    minRelativeChange: finite(),
    /** Points kept until the baseline is learnt. */
    pending: z.array(pointSchema),
    baseline: z
      .union([
        z.object({
          sli: z.literal('latency_p99'),
          center: finite(),
          scale: finite(),
        }),
        z.object({ sli: z.literal('availability'), errorRatio: finite() }),
      ])
      .nullable(),
    detectors: z.tuple([z.unknown(), z.unknown(), z.unknown()]),
    vote: z.unknown(),
    /** Index (count of points fed) and time at which each detector last fired. */
    fired: z.array(z.object({ n: integer(0), t: finite() }).nullable()),
    n: integer(0),
    /** Availability points merged until one is expected to hold an error. */
    carry: pointSchema.nullable(),
    /** When drift was last confirmed; the next change is searched after it. */
    lastDetectedAt: finite().nullable(),
    /** The latest points as [t, value, events], for before and after. */
    recent: z.array(z.tuple([finite(), finite(), finite()])),
  })
  .strict();

/** Serialised {@link SliDriftMonitor}. @public */
export type SliDriftMonitorState = z.infer<typeof sliDriftMonitorStateSchema>;
