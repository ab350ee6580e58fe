import {
  Fleet,
  generateSeries,
  openMetricsText,
} from '@slo-engine/telemetry-generator';
import { DRIFT_ACTOR } from './DriftDetectionTask';
import { driftHarness } from './__testUtils__/driftHarness';
import { componentEntity } from '../__testUtils__/entities';
import {
  RunningPrometheus,
  startPrometheus,
} from '../__testUtils__/prometheusHarness';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(180_000);

// AC-009: a deployment makes p99 latency 20% slower. The job runs every 15
// minutes on 1-minute points; drift must be confirmed from at most 30
// minutes of data after the deployment.
const MINUTE = 60;
const END = 20_717 * 86_400 + 12 * 3_600; // 2026-09-21T12:00:00Z
const DEPLOY = END - 60 * MINUTE;
const fleet: Fleet = {
  services: [
    {
      name: 'shop-api',
      kind: 'service',
      requestRate: 40,
      errorRatio: 0.001,
      latency: { medianSeconds: 0.08, sigma: 0.5 },
      dependencies: [],
      deployments: [{ offset: DEPLOY - END, latencyMultiplier: 1.2 }],
    },
  ],
};

const databases = createTestDatabases();
let prometheus: RunningPrometheus;

beforeAll(async () => {
  // 15-second scrapes, as a production Prometheus would have them.
  const blocks = generateSeries({
    fleet,
    start: END - 26 * 3_600,
    end: END,
    stepSeconds: 15,
    seed: 7,
  });
  prometheus = await startPrometheus({
    openMetrics: { text: [...openMetricsText(blocks)].join('') },
  });
});
afterAll(() => prometheus?.stop());

const at = (seconds: number) => new Date(seconds * 1000);
const REF = 'component:default/shop-api';

describe.each(databases.eachSupportedId())('drift detection (%s)', id => {
  it('confirms a 20% p99 increase within 30 minutes of the deployment and acts on it', async () => {
    const h = await driftHarness({
      databases,
      databaseId: id,
      prometheusUrl: prometheus.baseUrl,
      entities: [
        componentEntity('shop-api', { owner: 'team-shop', system: 'shop' }),
      ],
      config: {
        enabled: true,
        stepSeconds: 60,
        initialLookbackMs: 24 * 3_600_000,
        baselinePoints: 120,
        minEventsPerLatencyPoint: 1000,
      },
      aggregateAt: at(END),
    });
    const before = await h.recommendations.get(
      REF,
      { sliType: 'all', lookbackDays: 30, forceRegenerate: false },
      at(DEPLOY),
    );

    // A day before the deployment: baseline and 22 stable hours, no drift.
    const first = await h.task.run(at(DEPLOY + MINUTE));
    expect(first.events).toEqual([]);
    // Points ending in (now − 24 h, now − 1 min] on the minute grid.
    expect(first.points).toBe(2 * 1_439);
    expect(first.queries).toBe(3);

    const second = await h.task.run(at(DEPLOY + 16 * MINUTE));
    const third = await h.task.run(at(DEPLOY + 31 * MINUTE));
    const events = [...second.events, ...third.events];
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      entity_ref: REF,
      owner: 'group:default/team-shop',
      system: 'system:default/shop',
      sli: 'latency_p99',
      unit: 'ms',
    });
    expect(event.detectors.length).toBeGreaterThanOrEqual(2);
    const changed = Date.parse(event.changed_at) / 1000;
    const detected = Date.parse(event.detected_at) / 1000;
    expect(changed).toBeGreaterThan(DEPLOY);
    expect(detected).toBeLessThanOrEqual(DEPLOY + 30 * MINUTE);
    // Every request is 20% slower, but p99 is read from classic histogram
    // buckets: with the layout's (250 ms, 500 ms] bucket, histogram_quantile
    // of the expected counts gives 279.8 ms before and 412.9 ms after.
    expect(event.before).toBeGreaterThan(279.8 * 0.95);
    expect(event.before).toBeLessThan(279.8 * 1.05);
    expect(event.after).toBeGreaterThan(412.9 * 0.9);
    expect(event.after).toBeLessThan(412.9 * 1.1);
    expect(event.summary).toMatch(
      /^p99 latency \d+\.\d ms → \d+\.\d ms \(\+\d+%\); detected by /,
    );

    // Stored, audited, regenerated, notified.
    expect(await h.store.listEvents({ since: at(0), limit: 10 })).toEqual([
      event,
    ]);
    const history = await h.slos.history(REF);
    expect(history.items[0]).toMatchObject({
      action: 'drift_triggered',
      actor: DRIFT_ACTOR,
    });
    expect(history.items[0].rationale).toContain(event.summary);
    const after = await h.recommendations.get(
      REF,
      { sliType: 'all', lookbackDays: 30, forceRegenerate: false },
      at(DEPLOY + 31 * MINUTE),
    );
    expect(after.recommendation_id).not.toBe(before.recommendation_id);
    expect(after.stale ?? false).toBe(false);
    expect(h.sent).toEqual([
      expect.objectContaining({
        entityRef: REF,
        title: `SLIs of ${REF} drifted: its SLO recommendation was regenerated`,
      }),
    ]);

    // The read position and detector state survive: a fourth run reads
    // only the new quarter hour.
    const states = await h.store.listStates();
    expect(
      states.map(s => [s.sli, s.fedUntil.getTime() / 1000]).sort(),
    ).toEqual([
      ['availability', DEPLOY + 30 * MINUTE],
      ['latency_p99', DEPLOY + 30 * MINUTE],
    ]);
    const fourth = await h.task.run(at(DEPLOY + 46 * MINUTE));
    expect(fourth.points).toBe(2 * 15);
  });
});
