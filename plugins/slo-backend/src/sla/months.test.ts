import { monthOf, monthsBack, parseMonth, reportMonth } from './months';

describe('reportMonth', () => {
  it.each([
    // [month, now, daysInMonth, daysElapsed, closed]
    ['2026-11', '2026-11-21T06:00:00Z', 30, 20, false],
    ['2026-11', '2026-11-01T00:00:00Z', 30, 0, false],
    ['2026-11', '2026-11-01T23:59:59Z', 30, 0, false],
    ['2026-11', '2026-11-02T00:00:00Z', 30, 1, false],
    ['2026-11', '2026-11-30T23:59:59Z', 30, 29, false],
    ['2026-11', '2026-12-01T00:00:00Z', 30, 30, true],
    ['2026-10', '2026-11-21T06:00:00Z', 31, 31, true],
    ['2028-02', '2028-03-05T00:00:00Z', 29, 29, true],
    ['2027-02', '2027-03-05T00:00:00Z', 28, 28, true],
    ['2026-12', '2027-01-10T00:00:00Z', 31, 31, true],
  ])('%s at %s', (id, now, daysInMonth, daysElapsed, closed) => {
    const month = reportMonth(id, new Date(now));
    expect(month).toMatchObject({ id, daysInMonth, daysElapsed, closed });
    expect(month.start.toISOString().slice(0, 7)).toBe(id);
    expect(month.measuredUntil.getTime() - month.start.getTime()).toBe(
      daysElapsed * 86_400_000,
    );
  });
});

describe('monthsBack', () => {
  it('counts back across years, newest first', () => {
    expect(monthsBack('2026-02', 4)).toEqual([
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
    ]);
    expect(monthsBack('2026-02', 1)).toEqual(['2026-02']);
  });
});

describe('parseMonth and monthOf', () => {
  it.each([
    ['2026-11', { year: 2026, monthIndex: 10 }],
    ['2026-01', { year: 2026, monthIndex: 0 }],
    ['2026-13', undefined],
    ['2026-00', undefined],
    ['2026-1', undefined],
    ['26-11', undefined],
    ['2026-11-01', undefined],
  ])('%s', (text, expected) => {
    expect(parseMonth(text)).toEqual(expected);
  });

  it('takes the UTC month, not the local one', () => {
    expect(monthOf(new Date('2026-10-31T23:30:00-02:00'))).toBe('2026-11');
  });
});
