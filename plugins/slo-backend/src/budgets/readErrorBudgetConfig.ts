import { Config } from '@backstage/config';
import {
  BudgetThresholds,
  DEFAULT_BUDGET_THRESHOLDS,
} from '@slo-engine/plugin-slo-common';
import { z } from 'zod';

/** How error budget statuses are derived. */
export interface ErrorBudgetConfig {
  thresholds: BudgetThresholds;
}

const share = z
  .number({ invalid_type_error: 'must be a number (a share, e.g. 0.5)' })
  .gt(0, 'must be above 0 (a share, e.g. 0.5 for 50%)')
  .lte(1, 'must be at most 1 (a share, e.g. 0.8 for 80%)');

const schema = z
  .object({
    thresholds: z
      .object({
        warning: share.default(DEFAULT_BUDGET_THRESHOLDS.warning),
        critical: share.default(DEFAULT_BUDGET_THRESHOLDS.critical),
      })
      .strict()
      .refine(t => t.warning <= t.critical, {
        message: 'must be at least slo.errorBudgets.thresholds.warning',
        path: ['critical'],
      })
      .default({}),
  })
  .strict();

/** Reads `slo.errorBudgets`; throws naming the offending key. */
export function readErrorBudgetConfig(config: Config): ErrorBudgetConfig {
  const parsed = schema.safeParse(config.getOptional('slo.errorBudgets') ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map(i => `${['slo.errorBudgets', ...i.path].join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`Invalid SLO plugin configuration: ${issues}`);
  }
  return { thresholds: { ...parsed.data.thresholds } };
}
