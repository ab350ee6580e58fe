import {
  EntityPathParams,
  SlaEntityReport,
  SlaTargetState,
} from '@slo-engine/plugin-slo-common';
import { SloApi } from '../../api';

/** Closed months shown besides the open one. */
export const SLA_MONTHS = 6;

export interface SlaState {
  target: SlaTargetState;
  /** Absent when no valid target is declared. */
  report?: SlaEntityReport;
}

/**
 * The target first: without one the report answers 404, which is the
 * "declare a target" empty state rather than an error.
 */
export async function loadSla(
  api: SloApi,
  ref: EntityPathParams,
): Promise<SlaState> {
  const target = await api.getSla(ref);
  if (target.target_percent === null) return { target };
  const report = await api.getSlaReport(ref, { months: SLA_MONTHS });
  return { target, report };
}
