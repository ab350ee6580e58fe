import { timeTicks } from './timeTicks';

describe('timeTicks', () => {
  it.each([
    // 7 days: midnights 15–21 Mar, the first 12 h after the start.
    [
      '2026-03-14T12:00:00.000Z',
      '2026-03-21T12:00:00.000Z',
      [
        [12 / 168, '15 Mar'],
        [36 / 168, '16 Mar'],
        [60 / 168, '17 Mar'],
        [84 / 168, '18 Mar'],
        [108 / 168, '19 Mar'],
        [132 / 168, '20 Mar'],
        [156 / 168, '21 Mar'],
      ],
    ],
    // 1 day: every 6 hours, both ends included.
    [
      '2026-03-20T12:00:00.000Z',
      '2026-03-21T12:00:00.000Z',
      [
        [0, '20 Mar, 12:00 UTC'],
        [0.25, '20 Mar, 18:00 UTC'],
        [0.5, '21 Mar, 00:00 UTC'],
        [0.75, '21 Mar, 06:00 UTC'],
        [1, '21 Mar, 12:00 UTC'],
      ],
    ],
    // 30 days: every 4 days from the first midnight.
    [
      '2026-02-19T12:00:00.000Z',
      '2026-03-21T12:00:00.000Z',
      [
        [12 / 720, '20 Feb'],
        [108 / 720, '24 Feb'],
        [204 / 720, '28 Feb'],
        [300 / 720, '4 Mar'],
        [396 / 720, '8 Mar'],
        [492 / 720, '12 Mar'],
        [588 / 720, '16 Mar'],
        [684 / 720, '20 Mar'],
      ],
    ],
    // Midnight in UTC whatever the offset the backend wrote: 02:00+02:00
    // is midnight UTC, so the first 6-hour mark is the start itself.
    [
      '2026-03-21T02:00:00+02:00',
      '2026-03-21T12:00:00.000Z',
      [
        [0, '21 Mar, 00:00 UTC'],
        [0.5, '21 Mar, 06:00 UTC'],
        [1, '21 Mar, 12:00 UTC'],
      ],
    ],
  ])('ticks from %s to %s', (start, end, expected) => {
    const ticks = timeTicks(start, end);
    expect(ticks.map(t => t.label)).toEqual(expected.map(e => e[1]));
    ticks.forEach((t, i) =>
      expect(t.at).toBeCloseTo(expected[i][0] as number, 12),
    );
  });

  it('gives the time of each tick for chart axes', () => {
    const [first] = timeTicks(
      '2026-03-14T12:00:00.000Z',
      '2026-03-21T12:00:00.000Z',
    );
    expect(first.ms).toBe(Date.parse('2026-03-15T00:00:00.000Z'));
  });
});
