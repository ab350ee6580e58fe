import { SliDriftMonitor } from '@slo-engine/plugin-slo-common';
import { TelemetryMapping } from '../telemetry/metricMapping';
import { DriftStreams } from './DriftStreams';

const config = { stepSeconds: 60, baselinePoints: 30 };
const mapping = (entityRef: string) => ({ entityRef } as TelemetryMapping);
const REF = 'component:default/a';

describe('DriftStreams', () => {
  it('groups entities by where their next read starts', () => {
    const stored = SliDriftMonitor.create({
      sli: 'availability',
      baselinePoints: 30,
    }).state();
    const streams = new DriftStreams(config, [
      {
        entityRef: REF,
        sli: 'availability',
        fedUntil: new Date(6_000_000),
        monitor: stored,
      },
      {
        entityRef: REF,
        sli: 'latency_p99',
        fedUntil: new Date(6_120_000),
        monitor: { ...stored, sli: 'latency_p99' },
      },
    ]);
    // a: the older of its two positions (6,000 s); b is new: the earliest
    // start, 3,630 s, on the minute grid: 3,600 s.
    const groups = streams.groupByStart(
      [mapping(REF), mapping('component:default/b')],
      3_630,
    );
    expect(
      [...groups.entries()].map(([s, g]) => [s, g.map(m => m.entityRef)]),
    ).toEqual([
      [6_000, [REF]],
      [3_600, ['component:default/b']],
    ]);
  });

  it('starts over, and says why, from a state it cannot restore', () => {
    const streams = new DriftStreams(config, [
      {
        entityRef: REF,
        sli: 'latency_p99',
        fedUntil: new Date(60_000),
        monitor: { kind: 'sli-drift-monitor', version: 0 } as any,
      },
    ]);
    expect(streams.discarded).toEqual([
      expect.stringMatching(
        /^component:default\/a latency_p99: invalid SLI drift monitor state/,
      ),
    ]);
    // Fed from scratch, it stands where the read ended.
    streams.feed(
      REF,
      'latency_p99',
      [{ t: 120_000, value: 80, events: 2_000 }],
      120,
    );
    expect(streams.states()).toEqual([
      expect.objectContaining({
        entityRef: REF,
        sli: 'latency_p99',
        fedUntil: new Date(120_000),
        monitor: expect.objectContaining({
          pending: [{ t: 120_000, value: 80, events: 2_000 }],
        }),
      }),
    ]);
  });

  it('feeds only points after the read position and up to the end', () => {
    const streams = new DriftStreams(config, []);
    const points = [60, 120, 180, 240].map(s => ({
      t: s * 1000,
      value: 0.999,
      events: 1_000,
    }));
    streams.feed(REF, 'availability', points.slice(0, 2), 120);
    // 120 s was read already; 240 s lies beyond this read's end.
    streams.feed(REF, 'availability', points, 180);
    const [state] = streams.states();
    expect(state.fedUntil).toEqual(new Date(180_000));
    expect(state.monitor.pending.map(p => p.t)).toEqual([
      60_000, 120_000, 180_000,
    ]);
  });
});
