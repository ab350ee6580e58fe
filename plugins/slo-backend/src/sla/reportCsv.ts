import { toCsv } from './csv';
import {
  SlaEntityReport,
  SlaFleetEntityRow,
  SlaFleetReport,
  SlaMonthRow,
} from './types';

const MONTH_COLUMNS = [
  'month',
  'target_percent',
  'actual_percent',
  'good',
  'total',
  'status',
  'deficit_pp',
  'final',
  'days_with_data',
  'days_elapsed',
  'data_coverage_percent',
] as const satisfies readonly (keyof SlaMonthRow)[];

const ENTITY_COLUMNS = [
  'service_id',
  'target_source',
  ...MONTH_COLUMNS,
] as const;

const FLEET_COLUMNS = [
  'month',
  'service_id',
  'owner',
  'system',
  'target_source',
  ...MONTH_COLUMNS.filter(c => c !== 'month'),
] as const satisfies readonly (keyof SlaFleetEntityRow)[];

const SUMMARY_COLUMNS = [
  'month',
  'final',
  'entities',
  'compliant',
  'at_risk',
  'failed',
  'compliance_percent',
] as const;

/** One row per month, newest first. */
export function entityReportCsv(report: SlaEntityReport): string {
  return toCsv(
    ENTITY_COLUMNS,
    report.months.map(m => ({
      service_id: report.service_id,
      target_source: report.target_source,
      ...m,
    })),
  );
}

/** One row per entity and month, newest month first. */
export function fleetEntitiesCsv(report: SlaFleetReport): string {
  return toCsv(
    FLEET_COLUMNS,
    report.months.flatMap(m => m.entities),
  );
}

/** One row per month with the fleet summary. */
export function fleetSummaryCsv(report: SlaFleetReport): string {
  return toCsv(
    SUMMARY_COLUMNS,
    report.months.map(m => ({ month: m.month, final: m.final, ...m.summary })),
  );
}
