import { buildBurnDown } from './burnDown';
import type { BudgetHour } from './types';

const ENTITY = 'component:default/checkout';
// Half past noon: the one-day window starts at 12:30 the day before, so
// its first complete hour is 13:00 and its last 11:00 today.
const NOW = new Date('2026-03-02T12:30:00.000Z');
const hour = (iso: string) => new Date(`2026-03-${iso}:00:00.000Z`);

const row = (
  start: string,
  fields: Partial<BudgetHour>,
  sloId = 'slo-1',
): BudgetHour => ({
  entityRef: ENTITY,
  sli: 'availability',
  sloId,
  hourStart: hour(start),
  ...fields,
});

/** Matches null exactly and a number to 12 digits. */
const closeOrNull = (v: number | null) =>
  v === null ? null : expect.closeTo(v, 12);

describe('buildBurnDown', () => {
  const result = buildBurnDown({
    entityRef: ENTITY,
    sloId: 'slo-1',
    windowDays: 1,
    now: NOW,
    slis: [{ sli: 'availability', objective: 0.99 }],
    hours: [
      // Before the window: ignored.
      row('01T12', { hourTotalEvents: 1_000, hourBadEvents: 900 }),
      row('01T13', {
        hourTotalEvents: 1_000,
        hourBadEvents: 5,
        consumedShare: 0.4,
      }),
      row('01T14', { consumedShare: 0.41 }),
      row('01T15', { hourTotalEvents: 1_000, hourBadEvents: 20 }),
      // Another SLO of the entity: ignored.
      row('01T16', { hourTotalEvents: 1_000, hourBadEvents: 1_000 }, 'slo-0'),
      // The unfinished current hour: not a point.
      row('02T12', { consumedShare: 0.9 }),
    ],
  });
  const [sli] = result.slis;

  it('covers the complete hours of the window', () => {
    expect(result).toMatchObject({
      window_start: '2026-03-01T12:30:00.000Z',
      window_end: '2026-03-02T12:30:00.000Z',
      window_days: 1,
    });
    expect(sli.points).toHaveLength(23);
    expect(sli.points[0].hour_start).toBe('2026-03-01T13:00:00.000Z');
    expect(sli.points[22].at).toBe('2026-03-02T12:00:00.000Z');
    expect(sli.coverage).toEqual({ hours: 23, hours_with_counts: 2 });
    expect(sli.total_events).toBe(2_000);
    expect(sli.bad_events).toBe(25);
  });

  it.each([
    // hour, ideal = (hour end − 12:30) / 24 h, cumulative = bad so far / 20
    // allowed (1% of 2,000 recorded events), rolling as recorded
    [0, 1.5 / 24, 5 / 20, 0.4],
    [1, 2.5 / 24, null, 0.41],
    [2, 3.5 / 24, 25 / 20, null],
    [3, 4.5 / 24, null, null],
    [22, 23.5 / 24, null, null],
  ])(
    'point %i: ideal %d, cumulative %p, rolling %p',
    (i, ideal, cum, rolling) => {
      const p = sli.points[i];
      expect(p.ideal_consumed_share).toBeCloseTo(ideal, 12);
      expect(p.cumulative_consumed_share).toEqual(closeOrNull(cum));
      expect(p.rolling_consumed_share).toBe(rolling);
    },
  );

  it('no traffic in the recorded hours: nothing consumed', () => {
    const quiet = buildBurnDown({
      entityRef: ENTITY,
      sloId: 'slo-1',
      windowDays: 1,
      now: NOW,
      slis: [{ sli: 'availability', objective: 0.99 }],
      hours: [row('01T13', { hourTotalEvents: 0, hourBadEvents: 0 })],
    });
    expect(quiet.slis[0].points[0].cumulative_consumed_share).toBe(0);
  });
});
