import { alertEpisodes, clipEpisodes } from './episodes';

const m = (minutes: number) => minutes * 60;
const run = (from: number, to: number, every = 1) =>
  Array.from({ length: (to - from) / every + 1 }, (_, i) =>
    m(from + i * every),
  );

describe('alertEpisodes: Prometheus alert states on the step grid', () => {
  it.each<
    [
      string,
      number[],
      number,
      number,
      number,
      Array<[number, number, number | null]>,
    ]
  >([
    ['never true', [], 60, m(2), m(60), []],
    // pending at 0, for: 2m held at 1m and 2m: firing at 2m, resolved at 3m
    ['fires after for: and resolves', run(0, 2), 60, m(2), m(60), [[0, 2, 3]]],
    ['pending shorter than for: is dropped', run(0, 1), 60, m(2), m(60), []],
    [
      'a gap restarts pending',
      [...run(0, 1), ...run(3, 6)],
      60,
      m(2),
      m(60),
      [[3, 5, 7]],
    ],
    [
      'still firing at the last evaluation',
      run(2, 5),
      60,
      m(2),
      m(5),
      [[2, 4, null]],
    ],
    [
      'two episodes',
      [...run(0, 4), ...run(10, 13)],
      60,
      m(2),
      m(60),
      [
        [0, 2, 5],
        [10, 12, 14],
      ],
    ],
    // step 4m, for: 2m → one step; for: 15m → ceil(3.75) = 4 steps, 16m
    [
      'for: below the step fires one step later',
      run(0, 8, 4),
      240,
      m(2),
      m(60),
      [[0, 4, 12]],
    ],
    [
      'for: rounded up to whole steps',
      run(0, 20, 4),
      240,
      m(15),
      m(60),
      [[0, 16, 24]],
    ],
    [
      'for: exactly a whole number of steps',
      run(0, 16, 4),
      240,
      m(16),
      m(60),
      [[0, 16, 20]],
    ],
  ])('%s', (_name, holdsAt, step, forSeconds, end, expected) => {
    expect(
      alertEpisodes(holdsAt, { end, step, forSeconds }).map(e => [
        e.pendingAt / 60,
        e.firingAt / 60,
        e.resolvedAt === null ? null : e.resolvedAt / 60,
      ]),
    ).toEqual(expected);
  });

  it('accepts unsorted, duplicated and float timestamps', () => {
    const holdsAt = [m(2) + 1e-7, m(0), m(1), m(1), m(3) - 1e-7];
    expect(
      alertEpisodes(holdsAt, { end: m(10), step: 60, forSeconds: 120 }),
    ).toEqual([{ pendingAt: 0, firingAt: m(2), resolvedAt: m(4) }]);
  });
});

describe('clipEpisodes', () => {
  it('keeps episodes firing in [from, to] and counts their firing minutes there', () => {
    const from = m(60);
    const to = m(120);
    const { episodes, firingMinutes } = clipEpisodes(
      [
        { pendingAt: 0, firingAt: m(2), resolvedAt: m(60) }, // resolved at from
        { pendingAt: m(40), firingAt: m(50), resolvedAt: m(70) }, // 10 min inside
        { pendingAt: m(58), firingAt: m(62), resolvedAt: m(80) }, // 18
        { pendingAt: m(100), firingAt: m(110), resolvedAt: null }, // 10, to `to`
      ],
      from,
      to,
    );
    expect(episodes.map(e => e.firingAt / 60)).toEqual([50, 62, 110]);
    expect(firingMinutes).toBe(38);
  });
});
