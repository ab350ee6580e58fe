import { burnRateWindowPairs } from '@slo-engine/plugin-slo-common';
import { ratioSpec } from './replayFixtures';
import { replayNotes, sloResult, SpecOutcome } from './replayResult';

const H = 3600;
const range = { from: 100 * H, to: 124 * H, stepSeconds: 60 };
const spec = ratioSpec('checkout', 30);

function outcome(
  episodes: SpecOutcome['modes'][number]['pairs'][number]['episodes'],
): SpecOutcome {
  const modes = (['static', 'dynamic'] as const).map(mode => ({
    mode,
    pairs: burnRateWindowPairs(30, 0.999, mode).pairs.map((pair, i) => ({
      pair,
      // the 1h/5m pair's warm-up is its for: 2m
      queryStart: range.from - 120,
      episodes: mode === 'static' && i === 0 ? episodes : [],
    })),
  }));
  return { spec, hasData: true, historyCoversWindow: true, modes };
}

describe('sloResult and replayNotes', () => {
  it('formats episodes in ISO time and counts pages that started in the range', () => {
    const o = outcome([
      { pendingAt: 101 * H, firingAt: 101 * H + 120, resolvedAt: 102 * H },
      { pendingAt: 123 * H, firingAt: 123 * H + 120, resolvedAt: null },
    ]);
    const result = sloResult(o, range);
    const pair = result.modes.static.pairs[0];
    expect(pair.episodes).toEqual([
      {
        pending_at: '1970-01-05T05:00:00.000Z',
        firing_at: '1970-01-05T05:02:00.000Z',
        resolved_at: '1970-01-05T06:00:00.000Z',
      },
      {
        pending_at: '1970-01-06T03:00:00.000Z',
        firing_at: '1970-01-06T03:02:00.000Z',
        resolved_at: null,
      },
    ]);
    // 58 minutes, then 58 until `to`
    expect(pair.firing_minutes).toBe(116);
    expect([result.modes.static.pages, result.modes.static.tickets]).toEqual([
      2, 0,
    ]);
    expect(result.modes.dynamic.pages).toBe(0);
    expect(pair).toMatchObject({
      long_window: '1h',
      short_window: '5m',
      severity: 'page',
      for: '2m',
      factor: 14.4,
      budget_fraction: 0.02,
      threshold: 0.0144,
      approximate: false,
    });
    expect(result.modes.dynamic.pairs[0].threshold).toBe(0.00002);
    expect(replayNotes([o], range)).toEqual([]);
  });

  it('does not count, and flags, an alert already active when the range starts', () => {
    const o = outcome([
      {
        pendingAt: range.from - 120,
        firingAt: range.from,
        resolvedAt: 101 * H,
      },
    ]);
    const result = sloResult(o, range);
    expect(result.modes.static.pairs[0].firing_minutes).toBe(60);
    expect(result.modes.static.pages).toBe(0);
    expect(replayNotes([o], range)).toEqual([
      `${spec.sloName}, static 1h/5m: the condition already held before the range (from the first evaluation of the warm-up); the first episode may have started earlier.`,
    ]);
  });
});
