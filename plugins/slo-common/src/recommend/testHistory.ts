/**
 * Builders of synthetic histories for tests (not exported by the package).
 */

import { DailySli } from './types';

/** `YYYY-MM-DD` of the i-th day from 2026-01-01. */
export function dayOf(i: number): string {
  return new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
}

/** A history of `days` days of `total` events with `bad(i)` failures. */
export function historyOf(
  days: number,
  bad: (i: number) => number,
  total = 1_000_000,
): DailySli[] {
  return Array.from({ length: days }, (_, i) => ({
    day: dayOf(i),
    good: total - bad(i),
    total,
  }));
}

/**
 * 60 days of 1,000,000 requests: 90 bad a day, 5,000 on day 5 and 10,000
 * on day 20. Its 31 rolling 30-day windows (start s):
 * - s 0..5 hold both incidents: 28 × 90 + 15,000 = 17,520 bad → 0.999416
 * - s 6..20 hold day 20: 29 × 90 + 10,000 = 12,610 bad → 0.99957967
 * - s 21..30 hold neither: 30 × 90 = 2,700 bad → 0.99991
 */
export function twoIncidentHistory(): DailySli[] {
  return historyOf(60, i => {
    if (i === 5) return 5_000;
    if (i === 20) return 10_000;
    return 90;
  });
}
