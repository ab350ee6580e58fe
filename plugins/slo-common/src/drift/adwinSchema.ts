/** zod schemas of ADWIN's parameters and serialised state. */
import { z } from 'zod';
import { bucketSize } from './adwinBuckets';
import { DRIFT_STATE_VERSION } from './types';
import { between, finite, integer } from './validation';

export const adwinParamsSchema = z
  .object({
    delta: between(0, 1),
    clock: integer(1),
    // With a single bucket per row, rows can empty out and river would then
    // delete from an empty bucket; from 2 on every row above 0 stays filled.
    maxBuckets: integer(2, 1000),
    minWindowLength: integer(1),
    gracePeriod: integer(0),
  })
  .strict();

const rowSchema = z
  .object({ totals: z.array(finite()), variances: z.array(finite()) })
  .strict();

export const adwinStateSchema = z
  .object({
    kind: z.literal('adwin'),
    version: z.literal(DRIFT_STATE_VERSION),
    params: adwinParamsSchema,
    rows: z.array(rowSchema).min(1),
    width: integer(0),
    total: finite(),
    variance: finite(),
    tick: integer(0),
    driftDetected: z.boolean(),
  })
  .strict()
  .superRefine((s, ctx) => {
    let width = 0;
    s.rows.forEach((row, i) => {
      if (
        row.totals.length !== row.variances.length ||
        row.totals.length > s.params.maxBuckets ||
        (i > 0 && row.totals.length === 0)
      ) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['rows', i],
          message: `must hold 1..${s.params.maxBuckets} buckets with a variance each`,
        });
      }
      width += row.totals.length * bucketSize(i);
    });
    if (width !== s.width) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['width'],
        message: `must equal the values held by the buckets (${width})`,
      });
    }
  });
