import { z } from 'zod';
import { AnnotationIssue, SLO_ANNOTATIONS } from '../annotations';

/** Most decimals an SLA target may have (99.99999 is the finest). @public */
export const SLA_TARGET_MAX_DECIMALS = 5;

/**
 * Why `percent` cannot be an SLA target, or undefined when it can: it must
 * lie strictly between 0 and 100 with at most five decimals.
 * @public
 */
export function slaTargetProblem(percent: number): string | undefined {
  if (!Number.isFinite(percent)) return 'must be a number, e.g. 99.5';
  if (!(percent > 0 && percent < 100)) {
    return 'must be strictly between 0 and 100';
  }
  // toFixed rounds to the allowed precision; a value that survives it
  // unchanged has no further decimals, whatever its binary representation.
  if (Number(percent.toFixed(SLA_TARGET_MAX_DECIMALS)) !== percent) {
    return `must have at most ${SLA_TARGET_MAX_DECIMALS} decimals`;
  }
  return undefined;
}

/**
 * An SLA target in percent as the API accepts it, e.g. `99.5`.
 * @public
 */
export const slaTargetPercentSchema = z
  .number({
    required_error: 'is required (percent, e.g. 99.5)',
    invalid_type_error: 'must be a number (percent, e.g. 99.5)',
  })
  .superRefine((value, ctx) => {
    const problem = slaTargetProblem(value);
    if (problem)
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * The entity's SLA target in percent from its `slo-engine.io/sla-target`
 * annotation (`99.5`, a trailing `%` is allowed), or an issue saying what
 * is wrong with the value.
 * @public
 */
export function parseSlaTarget(
  annotations: Record<string, string> | undefined,
): { targetPercent?: number; issue?: AnnotationIssue } {
  const raw = annotations?.[SLO_ANNOTATIONS.slaTarget];
  if (raw === undefined) return {};
  const text = raw.trim().replace(/\s*%$/, '');
  const problem = DECIMAL.test(text)
    ? slaTargetProblem(Number(text))
    : 'is not a percentage such as 99.5';
  if (problem) {
    return {
      issue: {
        annotation: SLO_ANNOTATIONS.slaTarget,
        message: `"${raw}" ${problem}`,
      },
    };
  }
  return { targetPercent: Number(text) };
}
