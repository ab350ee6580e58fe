import {
  slaMonthCompliance,
  SlaMonthCompliance,
} from '@slo-engine/plugin-slo-common';
import { MonthSums } from './SlaMonthReader';
import { ReportMonth } from './months';
import { SlaMonthRow } from './types';

const NO_DATA: MonthSums = { good: 0, total: 0, daysWithData: 0 };

/** Rounds away float noise (99.5000000001) without hiding real digits. */
export const round6 = (v: number) => Number(v.toFixed(6));

/**
 * One entity's month against `targetPercent`. An open month's share
 * elapsed counts whole days only, matching the daily aggregates it is
 * measured on.
 */
export function monthRow(
  month: ReportMonth,
  targetPercent: number,
  sums: MonthSums | undefined,
): { row: SlaMonthRow; compliance: SlaMonthCompliance } {
  const { good, total, daysWithData } = sums ?? NO_DATA;
  const elapsed = month.closed
    ? 1
    : // Before the first full day there is no traffic, which is `met`
      // whatever the share; it only has to be positive.
      Math.max(month.daysElapsed, 1) / month.daysInMonth;
  const compliance = slaMonthCompliance({
    target: targetPercent / 100,
    good,
    total,
    elapsed,
  });
  const daysElapsed = month.daysElapsed;
  return {
    compliance,
    row: {
      month: month.id,
      target_percent: targetPercent,
      actual_percent:
        compliance.actual === undefined
          ? null
          : round6(compliance.actual * 100),
      good: round6(good),
      total: round6(total),
      status: compliance.status,
      deficit_pp: compliance.deficit,
      final: compliance.final,
      days_with_data: daysWithData,
      days_elapsed: daysElapsed,
      data_coverage_percent:
        daysElapsed === 0 ? null : round6((daysWithData / daysElapsed) * 100),
    },
  };
}
