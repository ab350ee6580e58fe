import { DEFAULT_BUDGET_THRESHOLDS } from '@slo-engine/plugin-slo-common';
import { buildBudgetSnapshot } from './buildBudgetSnapshot';
import { budgetWindows } from './budgetWindows';
import { toSliBody } from './toBudgetBody';
import type { WindowCounts } from './types';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const DAY_MS = 86_400_000;

const counts = (entries: Record<string, [total: number, bad: number]>) =>
  new Map<string, WindowCounts>(
    Object.entries(entries).map(([w, [total, bad]]) => [w, { total, bad }]),
  );

function snapshot(
  objective: number,
  windowDays: number,
  byWindow: Record<string, [number, number]>,
  thresholds = DEFAULT_BUDGET_THRESHOLDS,
) {
  return buildBudgetSnapshot({
    entityRef: 'component:default/checkout',
    sloId: 'slo-1',
    owner: 'group:default/payments',
    sli: 'availability',
    objective,
    windowDays,
    counts: counts(byWindow),
    now: NOW,
    thresholds,
  });
}

describe('budgetWindows', () => {
  it.each([
    [30, ['30d', '1h', '5m', '6h', '30m', '1d', '2h', '3d']],
    [28, ['28d', '1h', '5m', '6h', '30m', '1d', '2h', '4d']],
    [7, ['7d', '15m', '1m', '1h30m', '8m', '6h', '30m', '1d']],
    // 14 days scales Pyrra's 1d/2h pair to 12h/1h: 1d is added to project.
    [14, ['14d', '30m', '3m', '3h', '15m', '12h', '1h', '2d', '1d']],
  ])('%i days: SLO window, pair windows, then 1d if missing', (days, all) => {
    const w = budgetWindows(days, 0.999);
    expect(w.all).toEqual(all);
    expect(w.seconds.get(`${days}d`)).toBe(days * 86_400);
    expect(w.seconds.get('1d')).toBe(86_400);
  });
});

describe('buildBudgetSnapshot', () => {
  it('99.9% over 30 d, 1,000,000 events, 600 bad: 60% consumed, warning, exhausted in 8 days at the 1d rate', () => {
    const s = snapshot(0.999, 30, {
      '30d': [1_000_000, 600],
      // 60 / 40,000 = 0.15% errors = 1.5 × the 0.1% budget rate
      '1d': [40_000, 60],
      // 4 / 2,000 = 0.2% = 2 × the budget rate
      '1h': [2_000, 4],
      '5m': [200, 0],
    });
    // allowed = 0.001 × 1,000,000; minutes = 0.001 × 30 × 1440 = 43.2
    expect(s.totalEvents).toBe(1_000_000);
    expect(s.allowedEvents).toBeCloseTo(1_000, 9);
    expect(s.consumedEvents).toBe(600);
    expect(s.remainingEvents).toBeCloseTo(400, 9);
    expect(s.consumedShare).toBeCloseTo(0.6, 12);
    expect(s.allowedMinutes).toBeCloseTo(43.2, 9);
    expect(s.consumedMinutes).toBeCloseTo(25.92, 9);
    expect(s.remainingMinutes).toBeCloseTo(17.28, 9);
    expect(s.status).toBe('warning');
    expect(s.projectionBurnRate).toBeCloseTo(1.5, 9);
    // 40% of a 30-day budget left at 1.5× lasts 0.4 × 30 / 1.5 = 8 days
    expect(
      Math.abs(s.exhaustsAt!.getTime() - (NOW.getTime() + 8 * DAY_MS)),
    ).toBeLessThan(1_000);

    const body = toSliBody(s);
    expect(body.burn_rates['1h/5m']).toEqual({
      long_window: '1h',
      short_window: '5m',
      long: expect.closeTo(2, 9),
      short: 0,
      long_events: 2_000,
      short_events: 200,
      alert_factor: 14.4,
      severity: 'page',
    });
    expect(body.burn_rates['1d/2h']).toMatchObject({
      long: expect.closeTo(1.5, 9),
      short: null,
      alert_factor: 3,
    });
    expect(body.burn_rates['6h/30m']).toMatchObject({
      long: null,
      short: null,
      long_events: null,
      short_events: null,
    });
    expect(Object.keys(body.burn_rates)).toEqual([
      '1h/5m',
      '6h/30m',
      '1d/2h',
      '3d/6h',
    ]);
    expect(body.projected_exhaustion).toBe('2026-03-09T12:00:00.000Z');
    expect(body.projection_window).toBe('1d');
  });

  it.each([
    // objective, days, window [total, bad], 1d [total, bad], share, status
    [0.99, 28, [10_000, 150], [400, 4], 1.5, 'exhausted'],
    [0.995, 7, [200_000, 850], [30_000, 0], 0.85, 'critical'],
    [0.999, 30, [1_000_000, 499], [40_000, 0], 0.499, 'healthy'],
    [0.999, 30, [1_000_000, 500], [40_000, 0], 0.5, 'warning'],
    [0.999, 30, [1_000_000, 800], [40_000, 0], 0.8, 'critical'],
    [0.999, 30, [1_000_000, 1_000], [40_000, 0], 1, 'exhausted'],
  ] as const)(
    '%d over %i d, window %j: share %d, %s',
    (objective, days, window, oneDay, share, status) => {
      const s = snapshot(objective, days, {
        [`${days}d`]: [...window],
        '1d': [...oneDay],
      });
      expect(s.consumedShare).toBeCloseTo(share, 12);
      expect(s.status).toBe(status);
    },
  );

  it('an overspent budget: negative remaining, exhausted now', () => {
    const s = snapshot(0.99, 28, { '28d': [10_000, 150], '1d': [400, 4] });
    // allowed 100 of 10,000; 0.01 × 28 × 1440 = 403.2 minutes, 1.5 × that used
    expect(s.remainingEvents).toBeCloseTo(-50, 9);
    expect(s.allowedMinutes).toBeCloseTo(403.2, 9);
    expect(s.consumedMinutes).toBeCloseTo(604.8, 9);
    expect(s.remainingMinutes).toBeCloseTo(-201.6, 9);
    expect(s.exhaustsAt).toEqual(NOW);
  });

  it('no projection when the 1d window does not burn or has no samples', () => {
    const notBurning = snapshot(0.995, 7, {
      '7d': [200_000, 850],
      '1d': [30_000, 0],
      '15m': [300, 3],
    });
    expect(notBurning.projectionBurnRate).toBe(0);
    expect(notBurning.exhaustsAt).toBeUndefined();

    // The 1h window burns at 2×, but only the 1d window projects.
    const no1d = snapshot(0.999, 30, {
      '30d': [1_000_000, 600],
      '1h': [2_000, 4],
    });
    expect(no1d.burnRates[0].longRate).toBeCloseTo(2, 9);
    expect(no1d.projectionBurnRate).toBeUndefined();
    expect(no1d.exhaustsAt).toBeUndefined();
  });

  it('configured thresholds: 30% consumed is a warning at 25%/50%', () => {
    const s = snapshot(
      0.999,
      30,
      { '30d': [1_000_000, 300] },
      { warning: 0.25, critical: 0.5 },
    );
    expect(s.status).toBe('warning');
  });

  it('clamps bad events to [0, total] (extrapolated differences)', () => {
    const s = snapshot(0.999, 30, {
      '30d': [1_000, -0.0001],
      '1h': [100, 100.4],
    });
    expect(s.consumedEvents).toBe(0);
    // every event bad: 100% errors = 1000 × the 0.1% budget rate
    expect(s.burnRates[0].longRate).toBeCloseTo(1_000, 6);
  });

  it('no samples over the SLO window: no counts, status no_data, minutes still known', () => {
    const s = buildBudgetSnapshot({
      entityRef: 'component:default/quiet',
      sloId: 'slo-2',
      sli: 'latency_p99_ms',
      objective: 0.99,
      windowDays: 30,
      counts: new Map(),
      now: NOW,
      thresholds: DEFAULT_BUDGET_THRESHOLDS,
      note: 'threshold 0.3s is not a bucket boundary',
      selector: 'x_bucket{le="0.25"}',
    });
    expect(toSliBody(s)).toEqual({
      sli: 'latency_p99_ms',
      objective: 0.99,
      window_days: 30,
      total_events: null,
      allowed_events: null,
      consumed_events: null,
      remaining_events: null,
      // 0.01 × 30 × 1440
      allowed_minutes: expect.closeTo(432, 9),
      consumed_minutes: null,
      remaining_minutes: null,
      consumed_share: null,
      burn_rates: expect.objectContaining({
        '1h/5m': expect.objectContaining({ long: null, short: null }),
      }),
      projection_window: '1d',
      projection_burn_rate: null,
      projected_exhaustion: null,
      status: 'no_data',
      note:
        'no samples of x_bucket{le="0.25"} over the 30d SLO window; ' +
        'threshold 0.3s is not a bucket boundary',
      computed_at: '2026-03-01T12:00:00.000Z',
    });
  });
});
