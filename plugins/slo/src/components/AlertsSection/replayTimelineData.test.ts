import { alertReplay } from './__fixtures__/replay';
import { replayTimelineRows } from './replayTimelineData';

const { from, to } = alertReplay;
const [slo] = alertReplay.slos;

describe('replayTimelineRows', () => {
  const rows = replayTimelineRows(slo, from, to);

  it('has one row per pair and mode, static first', () => {
    expect(rows.map(r => r.label)).toEqual([
      'static 1h/5m page',
      'static 6h/30m page',
      'static 1d/2h ticket',
      'static 3d/6h ticket',
      'dynamic 1h/5m page',
      'dynamic 6h/30m page',
      'dynamic 1d/2h ticket',
      'dynamic 3d/6h ticket',
    ]);
    expect(rows.map(r => r.bars.length)).toEqual([1, 1, 1, 0, 1, 0, 0, 0]);
  });

  it.each([
    // The range is 7 days = 10,080 min from 14 Mar 12:00.
    // Pending 17 Mar 09:58 = 4,198 min in; firing 10:00 = 4,200 (5/12);
    // resolved 10:42 = 4,242.
    [0, 4198 / 10080, 4200 / 10080, 4242 / 10080, false],
    // Pending 20 Mar 22:00 = 154 h of 168; firing 23:00 = 155 h; still
    // firing at the end.
    [2, 154 / 168, 155 / 168, 1, true],
    // Dynamic 1h/5m: 09:59, 10:01, 10:30.
    [4, 4199 / 10080, 4201 / 10080, 4230 / 10080, false],
  ])('places the episode of row %s', (row, start, firing, end, open) => {
    const [bar] = rows[row].bars;
    expect(bar.start).toBeCloseTo(start, 12);
    expect(bar.firing).toBeCloseTo(firing, 12);
    expect(bar.end).toBeCloseTo(end, 12);
    expect(bar.open).toBe(open);
  });

  it('starts an episode pending before the range at 0', () => {
    const early = {
      ...slo,
      modes: {
        ...slo.modes,
        static: {
          ...slo.modes.static,
          pairs: [
            {
              ...slo.modes.static.pairs[0],
              episodes: [
                {
                  pending_at: '2026-03-14T11:58:00.000Z',
                  firing_at: '2026-03-14T12:00:00.000Z',
                  resolved_at: '2026-03-14T12:30:00.000Z',
                },
              ],
            },
          ],
        },
      },
    };
    const [bar] = replayTimelineRows(early, from, to)[0].bars;
    expect(bar.start).toBe(0);
    expect(bar.firing).toBe(0);
    expect(bar.end).toBeCloseTo(30 / 10080, 12);
  });
});
