import {
  formatDate,
  formatDateTime,
  formatMonth,
  formatRelative,
} from './dates';
import { NO_VALUE } from './numbers';

describe('formatDate and formatDateTime', () => {
  it.each([
    ['2026-03-01T14:05:59Z', '1 Mar 2026', '1 Mar 2026, 14:05 UTC'],
    ['2026-11-24T03:15:00.000Z', '24 Nov 2026', '24 Nov 2026, 03:15 UTC'],
    // An offset is turned into UTC: 01:30+02:00 is 23:30 the day before.
    ['2026-03-01T01:30:00+02:00', '28 Feb 2026', '28 Feb 2026, 23:30 UTC'],
    // Epoch milliseconds of 2026-03-21T12:00Z, as the charts hold them.
    [Date.UTC(2026, 2, 21, 12), '21 Mar 2026', '21 Mar 2026, 12:00 UTC'],
    ['not a date', 'not a date', 'not a date'],
    [null, NO_VALUE, NO_VALUE],
    ['', NO_VALUE, NO_VALUE],
  ])('%p', (time, date, dateTime) => {
    expect(formatDate(time)).toBe(date);
    expect(formatDateTime(time)).toBe(dateTime);
  });
});

describe('formatMonth', () => {
  it.each([
    ['2026-03', 'March 2026'],
    ['2025-12', 'December 2025'],
    ['March', 'March'],
  ])('%p is %p', (month, expected) => {
    expect(formatMonth(month)).toBe(expected);
  });
});

describe('formatRelative', () => {
  const now = new Date('2025-06-02T09:00:00.000Z');
  it.each([
    ['2025-06-02T06:00:00.000Z', '3 hours ago'],
    ['2025-06-02T08:59:00.000Z', '1 minute ago'],
    ['2025-06-03T06:00:00.000Z', 'in 21 hours'],
    ['2025-05-31T09:00:00.000Z', '2 days ago'],
    ['garbage', 'garbage'],
  ])('%p is %p', (iso, expected) => {
    expect(formatRelative(iso, now)).toBe(expected);
  });
});
