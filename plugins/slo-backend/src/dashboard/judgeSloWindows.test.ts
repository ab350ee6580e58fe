import type { SliAggregate } from '../aggregation/SliAggregate';
import type { StoredSlo } from '../lifecycle/types';
import { DAY_MS } from './breachWindows';
import { judgeSloWindows } from './judgeSloWindows';
import type { JudgedWindow } from './types';

const ACTIVATED = new Date('2026-01-01T00:00:00Z');

const slo = (overrides: Partial<StoredSlo> = {}): StoredSlo => ({
  id: 'slo-1',
  entityRef: 'component:default/checkout',
  status: 'active',
  targets: { availability: 99 },
  windowDays: 10,
  source: 'recommendation_accepted',
  selectedTier: 'balanced',
  activatedAt: ACTIVATED,
  activatedBy: 'user:default/alice',
  ...overrides,
});

/** 1000 events a day from Jan 1, `bad` of them failed. */
function aggregates(bad: number) {
  const list = jest.fn(
    async (_ref: string, _res: 'day' | 'hour', from: Date, to: Date) => {
      const buckets: SliAggregate[] = [];
      for (let t = from.getTime(); t < to.getTime(); t += DAY_MS) {
        buckets.push({
          entityRef: 'component:default/checkout',
          resolution: 'day',
          bucketStart: new Date(t),
          good: 1000 - bad,
          total: 1000,
          gap: false,
        });
      }
      return buckets;
    },
  );
  return { list };
}

const judgedAt = (index: number, breached: boolean): JudgedWindow => ({
  sloId: 'slo-1',
  index,
  entityRef: 'component:default/checkout',
  tier: 'balanced',
  start: new Date(ACTIVATED.getTime() + index * 10 * DAY_MS),
  end: new Date(ACTIVATED.getTime() + (index + 1) * 10 * DAY_MS),
  good: 0,
  total: 1,
  target: 99,
  breached,
  computedAt: ACTIVATED,
});

const day = (n: number) => new Date(ACTIVATED.getTime() + n * DAY_MS);

describe('judgeSloWindows', () => {
  it.each([
    // now (days after activation), already judged, expected indexes judged
    ['nothing complete', 9.5, [], []],
    ['the first window', 10, [], [0]],
    ['three windows, none judged', 31, [], [0, 1, 2]],
    ['judged long ago: kept', 31, [0, 1], [2]],
    ['ended within two days: judged again', 31.5, [0, 1, 2], [2]],
    ['all settled', 33, [0, 1, 2], []],
  ])('%s', async (_, now, judged, expected) => {
    const agg = aggregates(20);
    const result = await judgeSloWindows({
      slo: slo(),
      judged: new Map(judged.map(i => [i, judgedAt(i, true)])),
      aggregates: agg,
      now: day(now),
      lateDataMs: 2 * DAY_MS,
    });
    expect(result.map(w => w.index)).toEqual(expected);
    // 980 of 1000 a day = 98 % < 99 %.
    result.forEach(w =>
      expect(w).toMatchObject({ good: 9800, total: 10_000, breached: true }),
    );
    expect(agg.list).toHaveBeenCalledTimes(expected.length > 0 ? 1 : 0);
  });

  it('stops at the supersession and takes the tier and target of the SLO', async () => {
    const result = await judgeSloWindows({
      slo: slo({
        status: 'superseded',
        supersededAt: day(15),
        selectedTier: 'aggressive',
        targets: { availability: 98 },
      }),
      judged: new Map(),
      aggregates: aggregates(20),
      now: day(40),
      lateDataMs: 2 * DAY_MS,
    });
    expect(result).toEqual([
      expect.objectContaining({
        index: 0,
        tier: 'aggressive',
        target: 98,
        breached: false, // 98 % on a 98 % target
      }),
    ]);
  });

  it('judges nothing for an SLO without an availability target', async () => {
    const agg = aggregates(0);
    const result = await judgeSloWindows({
      slo: slo({ targets: { latency_p99_ms: 300 } }),
      judged: new Map(),
      aggregates: agg,
      now: day(40),
      lateDataMs: 0,
    });
    expect(result).toEqual([]);
    expect(agg.list).not.toHaveBeenCalled();
  });
});
