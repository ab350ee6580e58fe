import { DateTime } from 'luxon';
import { NO_VALUE } from './numbers';

/*
 * One style for every absolute time, in UTC: the backend's SLO windows,
 * burn-down days, SLA months and audit trail are all UTC, so a label reads
 * the same for every owner of a service wherever they are. Month names
 * rather than numbers, so 03/04 is never a question.
 */
const DATE = 'd LLL yyyy';
const DATE_TIME = "d LLL yyyy, HH:mm 'UTC'";

/** An ISO 8601 string or epoch milliseconds, as the backend sends them. */
export type Instant = string | number;

/** The instant in UTC with English month names; check `isValid`. */
export function toUtc(time: Instant): DateTime {
  const options = { zone: 'utc', locale: 'en' };
  return typeof time === 'number'
    ? DateTime.fromMillis(time, options)
    : DateTime.fromISO(time, options);
}

function format(time: Instant | null | undefined, pattern: string): string {
  if (time === null || time === undefined || time === '') return NO_VALUE;
  const utc = toUtc(time);
  return utc.isValid ? utc.toFormat(pattern) : String(time);
}

/** A calendar day in UTC: `24 Nov 2026`. */
export function formatDate(time: Instant | null | undefined): string {
  return format(time, DATE);
}

/** A time in UTC to the minute: `24 Nov 2026, 03:15 UTC`. */
export function formatDateTime(time: Instant | null | undefined): string {
  return format(time, DATE_TIME);
}

/** A calendar month of the backend (`2026-03`): `March 2026`. */
export function formatMonth(month: string): string {
  const time = DateTime.fromFormat(month, 'yyyy-MM', {
    zone: 'utc',
    locale: 'en',
  });
  return time.isValid ? time.toFormat('LLLL yyyy') : month;
}

/** `3 hours ago` / `in 21 hours`, relative to `now`. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const time = toUtc(iso);
  if (!time.isValid) return iso;
  return time.toRelative({ base: DateTime.fromJSDate(now) }) ?? iso;
}
