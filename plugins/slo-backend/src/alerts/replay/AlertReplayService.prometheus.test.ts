import {
  type AlertReplayResult,
  type SloAlertSpec,
  formatPromDuration,
} from '@slo-engine/plugin-slo-common';
import { PrometheusClient } from '../../prometheus/PrometheusClient';
import {
  RunningPrometheus,
  startPrometheus,
} from '../../__testUtils__/prometheusHarness';
import { clientFor } from '../../__testUtils__/clientFor';
import { AlertReplayService, ReplayPrometheus } from './AlertReplayService';
import {
  END_MINUTE,
  T0,
  missingSpecs,
  ratioSpec,
  replayHistory,
} from './replayFixtures';

/**
 * Replays against a real Prometheus holding replayFixtures' history. Every
 * expected time is computed by hand below (minutes after T0, "k"); the
 * replay range ends at T0 + 26h.
 *
 * checkout, 30 days, 1h/5m (1.44 %): the 1h window holds 25x errors in
 * 60,000 requests x minutes into the incident; 25x > 864 first at x = 35
 * (k = 1235, 20h35m); the 5m ratio is 2.5 %. Firing after for: 2m at
 * 20h37m. After the incident the 5m window holds 1265 − k error minutes:
 * 3 × 25 / 5,000 = 1.5 % at k = 1262, 1 % at 1263: resolved at 21h03m.
 * The other pairs stay below: at most 1,500 errors, 0.42 % of 6h.
 * Dynamic is the same: the 30-day window holds 43,200,000 events (within
 * 0.01 %, see replayFixtures), so the threshold is the static one.
 *
 * nightly, 30 days, 1h/5m static: from 2h one error per 5 minutes at
 * 10 req/min: 9 errors in the 1h window (1.5 %) first at 2h45m, every 5m
 * window 1 in 50 (2 %) until the errors stop; the 5m window (4h, 4h05m] is
 * clean: pending 2h45m, firing 2h47m, resolved 4h05m. Dynamic: the 30-day
 * window holds 43,036,650 events at 2h45m, so the hour would need 861
 * errors: silent.
 *
 * checkout, 7 days (Pyrra's windows / 4: 15m/1m 1.4 %, 1h30m/8m 0.7 %,
 * 6h/30m 0.2 %, 1d/1h30m 0.1 %; for: 1m, 4m, 15m, 45m):
 * - 15m/1m: 25x > 210 from x = 9 (k 1209) until the 1m window is clean at
 *   k 1261;
 * - 1h30m/8m: 25x > 630 from x = 26 (k 1226); the 8m window holds
 *   1268 − k error minutes, 75/8,000 > 0.7 % at k 1265, 50 at 1266;
 * - 6h/30m: 25x > 720 from x = 29 (k 1229); 30m window: 1290 − k error
 *   minutes, 75/30,000 > 0.2 % at k 1287, 50 at 1288;
 * - 1d/1h30m: 25x > 1,440 from x = 58 (k 1258); 1h30m window: 1350 − k
 *   error minutes for k ≥ 1290, 100/90,000 > 0.1 % at k 1346, 75 at 1347.
 * Steady traffic again: dynamic equals static.
 *
 * At a coarser step the state machine runs on the step grid: pending at
 * the first grid instant in the true run, firing ceil(for / step) steps
 * later, resolved at the first grid instant after the run.
 */

jest.setTimeout(120_000);

let prometheus: RunningPrometheus;
let client: PrometheusClient;
let inFlight = 0;
let maxInFlight = 0;

/** The real client, counting how many queries run at once. */
const counting: ReplayPrometheus = {
  query: (q, t) => track(() => client.query(q, t)),
  queryRange: (q, r) => track(() => client.queryRange(q, r)),
};

async function track<T>(call: () => Promise<T>): Promise<T> {
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  try {
    return await call();
  } finally {
    inFlight--;
  }
}

beforeAll(async () => {
  prometheus = await startPrometheus({
    openMetrics: { text: replayHistory() },
  });
  client = clientFor(prometheus.baseUrl, { requestTimeoutMs: 30_000 });
});

afterAll(async () => {
  await prometheus?.stop();
});

const A30 = ratioSpec('checkout', 30);
const B30 = ratioSpec('nightly', 30, 'dynamic');
const A7 = ratioSpec('checkout', 7);
// 59 s past the grid: `to` is rounded down to the step.
const NOW = new Date((T0 + END_MINUTE * 60 + 59) * 1000);

const rel = (iso: string | null) =>
  iso === null ? 'open' : formatPromDuration(Date.parse(iso) / 1000 - T0);

/** Per pair, its episodes as "pending firing resolved" after T0. */
function timeline(
  result: AlertReplayResult,
  slo: string,
  mode: 'static' | 'dynamic',
) {
  const s = result.slos.find(x => x.slo_name === slo)!;
  return s.modes[mode].pairs.map(p =>
    p.episodes.map(
      e => `${rel(e.pending_at)} ${rel(e.firing_at)} ${rel(e.resolved_at)}`,
    ),
  );
}

/** One replay of the three specs per lookback, shared by the tests. */
const results = new Map<
  number,
  { result: AlertReplayResult; maxInFlight: number }
>();
async function replay(lookbackDays: number) {
  if (!results.has(lookbackDays)) {
    maxInFlight = 0;
    const result = await new AlertReplayService({
      prometheus: counting,
    }).replay({
      specs: [A30, B30, A7],
      lookbackDays,
      now: NOW,
    });
    results.set(lookbackDays, { result, maxInFlight });
  }
  return results.get(lookbackDays)!;
}
const replayed = async (lookbackDays: number) =>
  (await replay(lookbackDays)).result;

type Timeline = string[][];
const none: Timeline = [[], [], [], []];

describe.each<[number, number, Timeline, Timeline, Timeline]>([
  [
    1,
    60,
    [['20h35m 20h37m 21h3m'], [], [], []],
    [['2h45m 2h47m 4h5m'], [], [], []],
    [
      ['20h9m 20h10m 21h1m'],
      ['20h26m 20h30m 21h6m'],
      ['20h29m 20h44m 21h28m'],
      ['20h58m 21h43m 22h27m'],
    ],
  ],
  [
    30,
    240,
    [['20h36m 20h40m 21h4m'], [], [], []],
    [['2h48m 2h52m 4h8m'], [], [], []],
    [
      ['20h12m 20h16m 21h4m'],
      ['20h28m 20h32m 21h8m'],
      // for: 15m is 4 steps of 4m, 45m is 12
      ['20h32m 20h48m 21h28m'],
      ['21h 21h48m 22h28m'],
    ],
  ],
])('lookback %s days (step %s s)', (lookbackDays, step, a30, b30, a7) => {
  let result: AlertReplayResult;
  beforeAll(async () => {
    result = await replayed(lookbackDays);
  });

  it('evaluates on a grid aligned to the step, ending at now', () => {
    expect(result.step_seconds).toBe(step);
    expect(result.to).toBe(new Date((T0 + 26 * 3600) * 1000).toISOString());
    expect(Date.parse(result.to) - Date.parse(result.from)).toBe(
      lookbackDays * 86_400_000,
    );
    // 3 specs × (8 range queries + 2 presence queries), 4 at a time
    expect(result.query_count).toBe(30);
    expect(results.get(lookbackDays)!.maxInFlight).toBe(4);
  });

  it('checkout 30d: the 1h/5m page fires in the incident and resolves after it, in both modes', () => {
    expect(timeline(result, A30.sloName, 'static')).toEqual(a30);
    expect(timeline(result, A30.sloName, 'dynamic')).toEqual(a30);
  });

  it('nightly 30d: static pages on the low-traffic night, dynamic does not', () => {
    expect(timeline(result, B30.sloName, 'static')).toEqual(b30);
    expect(timeline(result, B30.sloName, 'dynamic')).toEqual(none);
    const slo = result.slos.find(s => s.slo_name === B30.sloName)!;
    expect(slo.configured_burn_rate_type).toBe('dynamic');
    expect([slo.modes.static.pages, slo.modes.dynamic.pages]).toEqual([1, 0]);
  });

  it('checkout 7d: every pair fires, in both modes', () => {
    expect(timeline(result, A7.sloName, 'static')).toEqual(a7);
    expect(timeline(result, A7.sloName, 'dynamic')).toEqual(a7);
    const slo = result.slos.find(s => s.slo_name === A7.sloName)!;
    expect(slo.modes.static.pairs.map(p => p.severity)).toEqual([
      'page',
      'page',
      'ticket',
      'ticket',
    ]);
    expect([slo.modes.static.pages, slo.modes.static.tickets]).toEqual([2, 2]);
    // the 1m short window is approximate once the step is longer
    expect(slo.modes.static.pairs.map(p => p.approximate)).toEqual([
      step > 60,
      false,
      false,
      false,
    ]);
  });
});

describe('firing minutes, notes and data checks', () => {
  it('counts firing minutes inside the range and says nothing when nothing is approximate', async () => {
    const result = await replayed(1);
    const minutes = (slo: string) =>
      result.slos
        .find(s => s.slo_name === slo)!
        .modes.static.pairs.map(p => p.firing_minutes);
    // 20h37m → 21h03m; 2h47m → 4h05m; 20h10m → 21h01m, 20h30m → 21h06m,
    // 20h44m → 21h28m, 21h43m → 22h27m
    expect(minutes(A30.sloName)).toEqual([26, 0, 0, 0]);
    expect(minutes(B30.sloName)).toEqual([78, 0, 0, 0]);
    expect(minutes(A7.sloName)).toEqual([51, 36, 44, 44]);
    expect(result.slos.map(s => s.has_data)).toEqual([true, true, true]);
    expect(result.notes).toEqual([]);
  });

  it('says which pairs and SLOs are approximate at a coarser step', async () => {
    const result = await replayed(30);
    const history = (spec: SloAlertSpec) =>
      expect.stringMatching(
        new RegExp(
          `^${spec.sloName}: the history does not reach ${spec.windowDays} days`,
        ),
      );
    // The range starts at T0 − 28d22h: its SLO windows reach before the
    // history, which starts at T0 − 30d.
    expect(result.notes).toEqual([
      expect.stringMatching(
        /^Evaluated every 4 minutes instead of every minute/,
      ),
      expect.stringMatching(
        /^for: 2m, 15m, 1m, 45m are not multiples of the 4-minute step/,
      ),
      history(A30),
      history(B30),
      expect.stringMatching(
        new RegExp(`^${A7.sloName}: the 1m short window of the 15m/1m pair`),
      ),
      history(A7),
    ]);
  });

  it('replays SLOs without data, of every indicator kind, as silent and says so', async () => {
    const result = await new AlertReplayService({ prometheus: client }).replay({
      specs: missingSpecs,
      lookbackDays: 1,
      now: NOW,
    });
    expect(result.query_count).toBe(40);
    for (const slo of result.slos) {
      expect(slo.has_data).toBe(false);
      for (const mode of [slo.modes.static, slo.modes.dynamic]) {
        expect(mode.pairs).toHaveLength(4);
        expect(mode.pairs.every(p => p.episodes.length === 0)).toBe(true);
        expect([mode.pages, mode.tickets]).toEqual([0, 0]);
      }
    }
    expect(result.notes).toEqual(
      missingSpecs.map(s =>
        expect.stringMatching(
          new RegExp(`^${s.sloName}: its indicator has no samples`),
        ),
      ),
    );
  });
});
