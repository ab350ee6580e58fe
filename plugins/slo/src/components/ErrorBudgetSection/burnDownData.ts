import {
  ErrorBudgetBurnDownPoint,
  ErrorBudgetBurnDownSli,
} from '@slo-engine/plugin-slo-common';
import { cleanFloat, formatNumber } from '../shared';

/** One plotted hour, shares as percents; `actual` null for unrecorded hours. */
export interface BurnDownRow {
  /** Epoch milliseconds of the end of the hour. */
  at: number;
  ideal: number;
  actual: number | null;
}

const percent = (share: number) => cleanFloat(share * 100);

/** The burn-down points as chart rows (percent of the budget spent). */
export function burnDownRows(
  points: ErrorBudgetBurnDownPoint[],
): BurnDownRow[] {
  return points.map(p => ({
    at: Date.parse(p.at),
    ideal: percent(p.ideal_consumed_share),
    actual:
      p.cumulative_consumed_share === null
        ? null
        : percent(p.cumulative_consumed_share),
  }));
}

/**
 * One row per UTC day: the last hour of the day with counts, for the table
 * that stands in for the chart (720 hourly rows would drown a reader).
 */
export function dailyBurnDownRows(
  points: ErrorBudgetBurnDownPoint[],
): BurnDownRow[] {
  const byDay = new Map<string, BurnDownRow>();
  for (const row of burnDownRows(points)) {
    if (row.actual === null) continue;
    byDay.set(new Date(row.at).toISOString().slice(0, 10), row);
  }
  return [...byDay.values()];
}

/** Where the latest recorded hour stands against the ideal line. */
export interface BurnDownSummary {
  latest?: BurnDownRow;
  /** actual − ideal in percentage points; positive spends too fast. */
  aheadBy?: number;
  coverage: string;
}

export function burnDownSummary(sli: ErrorBudgetBurnDownSli): BurnDownSummary {
  const rows = burnDownRows(sli.points).filter(r => r.actual !== null);
  const latest = rows[rows.length - 1];
  const coverage = `${sli.coverage.hours_with_counts} of ${sli.coverage.hours} hours recorded`;
  if (!latest) return { coverage };
  return {
    latest,
    aheadBy: cleanFloat(latest.actual! - latest.ideal),
    coverage,
  };
}

/** The summary as one sentence for the chart's caption. */
export function burnDownSentence(summary: BurnDownSummary): string {
  const { latest, aheadBy, coverage } = summary;
  if (!latest || aheadBy === undefined) {
    return `No hour of this window has been recorded yet (${coverage}).`;
  }
  const spent = `${formatNumber(latest.actual!)}% of the budget spent`;
  const ideal = `${formatNumber(latest.ideal)}% on the ideal line`;
  let pace: string;
  if (aheadBy > 0) {
    pace = `spending faster than the window can afford, ${formatNumber(
      aheadBy,
    )} pp above the ideal line`;
  } else if (aheadBy < 0) {
    pace = `${formatNumber(-aheadBy)} pp below the ideal line`;
  } else {
    pace = 'exactly on the ideal line';
  }
  return `${spent} against ${ideal}: ${pace} (${coverage}).`;
}
