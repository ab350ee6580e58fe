import type { SliAggregate } from '../aggregation/SliAggregate';
import {
  completedWindows,
  DAY_MS,
  judgeWindow,
  tallyWindows,
} from './breachWindows';
import type { JudgedWindow } from './types';

const at = (iso: string) => new Date(iso);

describe('completedWindows', () => {
  it.each([
    // activated, window days, cutoff, expected [start, end] of each window
    ['2026-01-01T06:00:00Z', 30, '2026-01-31T05:59:59Z', []],
    [
      '2026-01-01T06:00:00Z',
      30,
      '2026-01-31T06:00:00Z',
      [['2026-01-01T06:00:00.000Z', '2026-01-31T06:00:00.000Z']],
    ],
    [
      '2026-01-01T00:00:00Z',
      28,
      '2026-03-01T12:00:00Z',
      [
        ['2026-01-01T00:00:00.000Z', '2026-01-29T00:00:00.000Z'],
        ['2026-01-29T00:00:00.000Z', '2026-02-26T00:00:00.000Z'],
      ],
    ],
    ['2026-01-01T00:00:00Z', 0, '2027-01-01T00:00:00Z', []],
  ])('from %s, %d days, by %s', (activated, windowDays, cutoff, expected) => {
    const windows = completedWindows(at(activated), windowDays, at(cutoff));
    expect(
      windows.map(w => [w.start.toISOString(), w.end.toISOString()]),
    ).toEqual(expected);
    expect(windows.map(w => w.index)).toEqual(expected.map((_, i) => i));
  });
});

function bucket(iso: string, good?: number, total?: number): SliAggregate {
  return {
    entityRef: 'component:default/checkout',
    resolution: 'day',
    bucketStart: at(`${iso}T00:00:00Z`),
    good,
    total,
    gap: good === undefined,
  };
}

describe('judgeWindow', () => {
  // [Jan 1 06:00, Jan 4 06:00): whole days Jan 2 and Jan 3 only.
  const window = {
    index: 0,
    start: at('2026-01-01T06:00:00Z'),
    end: at('2026-01-04T06:00:00Z'),
  };
  const partial = [
    bucket('2026-01-01', 0, 1000),
    bucket('2026-01-04', 0, 1000),
  ];

  it.each([
    // buckets inside, target %, good, total, breached
    [
      [bucket('2026-01-02', 999, 1000), bucket('2026-01-03', 999, 1000)],
      99.9,
      1998,
      2000,
      false,
    ],
    [
      [bucket('2026-01-02', 999, 1000), bucket('2026-01-03', 998, 1000)],
      99.9,
      1997,
      2000,
      true,
    ],
    // 99.9 / 100 is 0.9990000000000001 in binary: exactly on target holds.
    [[bucket('2026-01-02', 99_900, 100_000)], 99.9, 99_900, 100_000, false],
    [
      [bucket('2026-01-02', 9_950, 10_000), bucket('2026-01-03')],
      99.5,
      9_950,
      10_000,
      false,
    ],
    [[bucket('2026-01-02'), bucket('2026-01-03')], 99.9, 0, 0, undefined],
    [[bucket('2026-01-02', 0, 0)], 99.9, 0, 0, undefined],
  ])(
    '%j at %d%%: %d of %d, breached %s',
    (inside, target, good, total, breached) => {
      const result = judgeWindow([...partial, ...inside], window, target);
      expect(result).toEqual(
        breached === undefined ? { good, total } : { good, total, breached },
      );
    },
  );
});

describe('tallyWindows', () => {
  const judged = (
    entityRef: string,
    tier: JudgedWindow['tier'],
    breached?: boolean,
  ): JudgedWindow => ({
    sloId: 's',
    index: 0,
    entityRef,
    tier,
    start: new Date(0),
    end: new Date(30 * DAY_MS),
    good: 0,
    total: 0,
    target: 99.9,
    computedAt: new Date(0),
    ...(breached === undefined ? {} : { breached }),
  });

  it('counts completed, breached and no-data windows per entity and tier', () => {
    const result = tallyWindows([
      judged('a', 'balanced', true),
      judged('a', 'balanced', false),
      judged('a', 'balanced'),
      judged('a', 'aggressive', true),
      judged('b', 'conservative', false),
    ]);
    expect(Object.fromEntries(result)).toEqual({
      a: {
        balanced: { completed: 2, breached: 1, withoutData: 1 },
        aggressive: { completed: 1, breached: 1, withoutData: 0 },
      },
      b: { conservative: { completed: 1, breached: 0, withoutData: 0 } },
    });
  });
});
