import { Config } from '@backstage/config';
import type { BurnRateType } from '@slo-engine/plugin-slo-common';
import { z } from 'zod';

/** How alert rules of active SLOs are generated and where they are synced. */
export interface AlertingConfig {
  /** Default burn-rate type; an entity may override it by annotation. */
  burnRateType: BurnRateType;
  /** Burn alerts stay silent below this many events in the long window. */
  minTrafficEvents: number;
  /** Links in alert annotations point here (`app.baseUrl`). */
  backstageBaseUrl?: string;
  /** When set, a scheduled task keeps this rule file current. */
  ruleFile?: {
    path: string;
    /** POSTed after each change, e.g. Prometheus' `/-/reload`. */
    reloadUrl?: string;
  };
}

const schema = z
  .object({
    burnRateType: z.enum(['static', 'dynamic']).default('static'),
    minTrafficEvents: z.number().int().min(0).max(1e12).default(0),
    ruleFile: z
      .object({
        path: z.string().min(1),
        reloadUrl: z.string().url().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export function readAlertingConfig(config: Config): AlertingConfig {
  const parsed = schema.safeParse(config.getOptional('slo.alerting') ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map(i => `slo.alerting.${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new Error(`Invalid SLO plugin configuration: ${issues}`);
  }
  const baseUrl = config.getOptionalString('app.baseUrl');
  return {
    ...parsed.data,
    ...(baseUrl ? { backstageBaseUrl: baseUrl } : {}),
  };
}
