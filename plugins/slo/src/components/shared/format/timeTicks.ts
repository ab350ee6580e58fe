import { DateTime } from 'luxon';
import { Instant, toUtc } from './dates';

/** An axis tick as a fraction of the range and its label. */
export interface TimelineTick {
  at: number;
  /** Epoch milliseconds, for charts with a time axis. */
  ms: number;
  label: string;
}

/**
 * Ticks at midnight UTC for ranges over two days, every six hours for
 * shorter ones (labelled with the zone, like every time on the tab), and
 * at most about eight labels for 30 days.
 */
export function timeTicks(from: Instant, to: Instant): TimelineTick[] {
  const start = toUtc(from);
  const end = toUtc(to);
  const span = end.toMillis() - start.toMillis();
  const days = span / 86_400_000;
  const short = days <= 2;
  const step = short
    ? { hours: 6 }
    : { days: Math.max(1, Math.ceil(days / 8)) };
  const ticks: TimelineTick[] = [];
  // The first mark (midnight, or a multiple of six hours) at the start or after.
  let t: DateTime = start.startOf('day');
  while (t < start) t = t.plus(short ? { hours: 6 } : { days: 1 });
  for (; t <= end; t = t.plus(step)) {
    ticks.push({
      at: (t.toMillis() - start.toMillis()) / span,
      ms: t.toMillis(),
      label: t.toFormat(short ? "d LLL, HH:mm 'UTC'" : 'd LLL'),
    });
  }
  return ticks;
}
