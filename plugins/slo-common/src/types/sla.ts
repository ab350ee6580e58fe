/**
 * SLA targets and monthly compliance reports as served by `…/sla`,
 * `…/sla-report` and `/sla-report`. See docs/sla.md.
 */
import type { SlaStatus } from '../math/slaCompliance';

/** Where the SLA target that applies comes from. */
export type SlaTargetSource = 'api' | 'annotation';

/** An entity's SLA target as the API returns it (snake_case). */
export interface SlaTargetState {
  service_id: string;
  /** The target that applies, in percent; null when none is declared. */
  target_percent: number | null;
  source: SlaTargetSource | null;
  api: {
    target_percent: number;
    set_by: string;
    set_at: string;
    rationale: string | null;
  } | null;
  annotation: {
    /** Null when the annotation is invalid; `issue` says why. */
    target_percent: number | null;
    issue: string | null;
  } | null;
  /** The active SLO's availability target, for comparison. */
  slo_availability_percent: number | null;
  warnings: string[];
}

/** One change of the API target in `GET .../sla`. */
export interface SlaTargetChangeBody {
  action: 'set' | 'delete';
  target_percent: number | null;
  previous_target_percent: number | null;
  actor: string;
  rationale: string | null;
  occurred_at: string;
}

/** One entity's compliance in one month. */
export interface SlaMonthRow {
  /** `2026-11` */
  month: string;
  target_percent: number;
  /** Null without traffic. */
  actual_percent: number | null;
  good: number;
  total: number;
  status: SlaStatus;
  /** Target − actual in percentage points when below target, else 0. */
  deficit_pp: number;
  final: boolean;
  days_with_data: number;
  days_elapsed: number;
  /** days_with_data / days_elapsed × 100; null before the first full day. */
  data_coverage_percent: number | null;
}

export interface SlaEntityReport {
  service_id: string;
  target_percent: number;
  target_source: SlaTargetSource;
  generated_at: string;
  /** The current, open month first, then closed months, newest first. */
  months: SlaMonthRow[];
}

export interface SlaFleetEntityRow extends SlaMonthRow {
  service_id: string;
  owner: string | null;
  system: string | null;
  target_source: SlaTargetSource;
}

export interface SlaFleetSummaryBody {
  entities: number;
  compliant: number;
  at_risk: number;
  failed: number;
  compliance_percent: number;
}

export interface SlaFleetMonth {
  month: string;
  final: boolean;
  summary: SlaFleetSummaryBody;
  entities: SlaFleetEntityRow[];
}

export interface SlaFleetReport {
  generated_at: string;
  filters: { owner: string | null; system: string | null };
  /** Newest first. */
  months: SlaFleetMonth[];
  /** Entities with an SLA declaration that could not be reported, and why. */
  skipped: { service_id: string; reason: string }[];
}
