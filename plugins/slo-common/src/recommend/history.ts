/**
 * Normalising a daily SLI history: sorted, one entry per calendar day,
 * missing dates filled in as gap days, optionally cut to a lookback.
 */

import { DailySli } from './types';

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(day: string): number {
  const ms = DAY_PATTERN.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return ms;
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * True when a day carries data: not flagged as a gap and with traffic.
 * @public
 */
export function isDataDay(day: DailySli): boolean {
  return !day.gap && day.total > 0;
}

/**
 * Day of the week of a `YYYY-MM-DD` day, 0 for Sunday.
 * @public
 */
export function dayOfWeek(day: string): number {
  return new Date(parseDay(day)).getUTCDay();
}

/**
 * Sorts a history, fills missing calendar days with gap days and keeps the
 * last `lookbackDays` calendar days (ending at the latest day). Throws on
 * duplicate days and on impossible counts.
 * @public
 */
export function normaliseHistory(
  history: readonly DailySli[],
  lookbackDays: number = Infinity,
): DailySli[] {
  const byDay = new Map<number, DailySli>();
  for (const entry of history) {
    const ms = parseDay(entry.day);
    if (byDay.has(ms)) throw new RangeError(`duplicate day ${entry.day}`);
    if (!entry.gap && !(entry.good >= 0 && entry.good <= entry.total)) {
      throw new RangeError(
        `need 0 <= good <= total on ${entry.day}, got ${entry.good}/${entry.total}`,
      );
    }
    byDay.set(ms, entry);
  }
  if (byDay.size === 0) return [];
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const last = days[days.length - 1];
  const first = Math.max(days[0], last - (lookbackDays - 1) * MS_PER_DAY);
  const out: DailySli[] = [];
  for (let ms = first; ms <= last; ms += MS_PER_DAY) {
    out.push(
      byDay.get(ms) ?? { day: formatDay(ms), good: 0, total: 0, gap: true },
    );
  }
  return out;
}

/** Data coverage of a normalised history. @public */
export interface HistoryCoverage {
  /** Calendar days spanned. */
  days: number;
  /** Days with data. */
  dataDays: number;
  gapDays: number;
  /** `dataDays / days`, 0 for an empty history. */
  completeness: number;
}

/**
 * Counts calendar, data and gap days of a normalised history.
 * @public
 */
export function historyCoverage(history: readonly DailySli[]): HistoryCoverage {
  const dataDays = history.filter(isDataDay).length;
  const days = history.length;
  return {
    days,
    dataDays,
    gapDays: days - dataDays,
    completeness: days === 0 ? 0 : dataDays / days,
  };
}
