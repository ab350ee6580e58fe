import {
  AlertOverviewResponse,
  AlertSliOverview,
  AlertWindowPairBody,
  BurnRateWindowPair,
  generateAlertRules,
} from '@slo-engine/plugin-slo-common';
import { ALERT_EXPORT_FORMATS } from './export/renderAlertExport';
import type { EntitySloSpecs } from './specs/types';

/** A window pair as the API serves it (overview and replay). */
export const pairBody = (p: BurnRateWindowPair): AlertWindowPairBody => ({
  long_window: p.long,
  short_window: p.short,
  severity: p.severity,
  for: p.for,
  factor: p.factor,
  budget_fraction: p.budgetFraction,
  threshold: p.threshold,
});

/** Both modes of every SLI side by side, from the same generator as the rules. */
export function toAlertOverview(e: EntitySloSpecs): AlertOverviewResponse {
  const slis = e.specs.map(({ sli, spec }): AlertSliOverview => {
    const chosen = generateAlertRules(spec).metadata;
    const other = generateAlertRules({
      ...spec,
      burnRateType: chosen.burnRateType === 'static' ? 'dynamic' : 'static',
    }).metadata;
    const [staticMeta, dynamicMeta] =
      chosen.burnRateType === 'static' ? [chosen, other] : [other, chosen];
    return {
      sli,
      slo_name: spec.sloName,
      objective: spec.objective,
      window_days: spec.windowDays,
      burn_rate_type: chosen.burnRateType,
      window_source: chosen.windowSource,
      min_traffic_events: chosen.minTrafficEvents,
      pairs: {
        static: staticMeta.pairs.map(pairBody),
        dynamic: dynamicMeta.pairs.map(pairBody),
      },
      alert_names: chosen.alertNames,
      ...(chosen.bucketUsed !== undefined
        ? { bucket_used: chosen.bucketUsed }
        : {}),
      ...(chosen.bucketNote ? { bucket_note: chosen.bucketNote } : {}),
    };
  });
  return {
    entity_ref: e.entityRef,
    slo_id: e.slo.id,
    slis,
    notes: e.notes,
    export_formats: [...ALERT_EXPORT_FORMATS],
  };
}
