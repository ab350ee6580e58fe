const DAY_MS = 86_400_000;

/** One calendar month in UTC and how much of it has been measured. */
export interface ReportMonth {
  /** `2026-11` */
  id: string;
  start: Date;
  /** Exclusive: the first instant of the next month. */
  end: Date;
  daysInMonth: number;
  /**
   * Whole UTC days of the month that ended before now: daily aggregates
   * only exist for finished days, so today does not count yet.
   */
  daysElapsed: number;
  /** End of the measured days; daily buckets before it belong to the report. */
  measuredUntil: Date;
  /** True once the month is over. */
  closed: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthId(year: number, monthIndex: number): string {
  return `${year}-${pad(monthIndex + 1)}`;
}

/** The month of `at` in UTC, e.g. `2026-11`. */
export function monthOf(at: Date): string {
  return monthId(at.getUTCFullYear(), at.getUTCMonth());
}

/** `2026-11` → year and zero-based month, or undefined when malformed. */
export function parseMonth(
  text: string,
): { year: number; monthIndex: number } | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), monthIndex: Number(match[2]) - 1 };
}

/** The month `id` seen from `now`. */
export function reportMonth(id: string, now: Date): ReportMonth {
  const parsed = parseMonth(id);
  if (!parsed) throw new RangeError(`not a month: ${id}`);
  const start = new Date(Date.UTC(parsed.year, parsed.monthIndex, 1));
  const end = new Date(Date.UTC(parsed.year, parsed.monthIndex + 1, 1));
  const daysInMonth = Math.round((end.getTime() - start.getTime()) / DAY_MS);
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const measuredUntil = new Date(
    Math.min(end.getTime(), Math.max(start.getTime(), today)),
  );
  return {
    id,
    start,
    end,
    daysInMonth,
    daysElapsed: Math.round(
      (measuredUntil.getTime() - start.getTime()) / DAY_MS,
    ),
    measuredUntil,
    closed: end.getTime() <= now.getTime(),
  };
}

/** `count` months ending with `newest`, newest first. */
export function monthsBack(newest: string, count: number): string[] {
  const parsed = parseMonth(newest);
  if (!parsed) throw new RangeError(`not a month: ${newest}`);
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(parsed.year, parsed.monthIndex - i, 1));
    result.push(monthOf(d));
  }
  return result;
}
