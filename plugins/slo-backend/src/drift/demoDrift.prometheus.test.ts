import {
  demoFleet,
  generateSeries,
  openMetricsText,
} from '@slo-engine/telemetry-generator';
import { driftHarness } from './__testUtils__/driftHarness';
import { demoCatalogEntities } from '../__testUtils__/demoCatalog';
import {
  RunningPrometheus,
  startPrometheus,
} from '../__testUtils__/prometheusHarness';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(300_000);

// Ten days of the demo fleet at the demo's 10-minute history step, with its
// story (DEMO_EVENTS): product-catalog's v2.14 deployment makes it 30%
// slower 7 days before the end.
const DAY = 86_400;
const END = 20_717 * DAY;
const databases = createTestDatabases();
let prometheus: RunningPrometheus;

beforeAll(async () => {
  const blocks = generateSeries({
    fleet: demoFleet(),
    start: END - 10 * DAY,
    end: END,
    stepSeconds: 600,
    seed: 42,
  });
  prometheus = await startPrometheus({
    openMetrics: { text: [...openMetricsText(blocks)].join('') },
  });
});
afterAll(() => prometheus?.stop());

describe.each(databases.eachSupportedId())(
  'drift in the demo history (%s)',
  id => {
    it('flags the latency regression of product-catalog', async () => {
      const h = await driftHarness({
        databases,
        databaseId: id,
        prometheusUrl: prometheus.baseUrl,
        entities: demoCatalogEntities(),
        config: {
          enabled: true,
          stepSeconds: 600,
          initialLookbackMs: 10 * DAY * 1000,
          baselinePoints: 120,
          minEventsPerLatencyPoint: 1000,
        },
        aggregateAt: new Date(END * 1000),
      });
      const REF = 'component:default/product-catalog';
      const REQUEST = {
        sliType: 'all' as const,
        lookbackDays: 30,
        forceRegenerate: false,
      };
      const before = await h.recommendations.get(
        REF,
        REQUEST,
        new Date(END * 1000),
      );

      const run = await h.task.run(new Date((END + 600) * 1000));
      const hoursBeforeEnd = (iso: string) =>
        (Date.parse(iso) / 1000 - END) / 3600;
      // Every confirmed drift is one of the demo's stories, and every story
      // inside the window that changes a busy service's SLI is found. The
      // first changed 10-minute point ends 10 minutes after the event starts.
      expect(
        run.events
          .map(e => [
            e.entity_ref.split('/')[1],
            e.sli,
            hoursBeforeEnd(e.changed_at),
          ])
          .sort(),
      ).toEqual(
        [
          // v2.14 of product-catalog, 7 days before the end: +30% latency.
          ['product-catalog', 'latency_p99', -168 + 1 / 6],
          // The 10-minute payment-gateway outage 5 d 7 h before the end,
          // seen by its callers' callers.
          ['checkout', 'availability', -127 + 1 / 6],
          ['storefront-web', 'availability', -127 + 1 / 6],
          // The 4-hour model-server outage 3 d 2 h before the end: its start
          // and its end.
          ['recommendations', 'availability', -74 + 1 / 6],
          ['recommendations', 'availability', -70 + 1 / 6],
        ].sort(),
      );
      const regression = run.events.find(e => e.entity_ref === REF)!;
      expect(regression.detectors.length).toBeGreaterThanOrEqual(2);
      // Confirmed two hours (12 points) after the deployment.
      expect(hoursBeforeEnd(regression.detected_at)).toBe(-166);
      expect(regression.summary).toMatch(
        /^p99 latency 166\.0 ms → 224\.8 ms \(\+35%\)/,
      );

      // Its recommendation went stale and was regenerated; owners were told.
      const after = await h.recommendations.get(
        REF,
        REQUEST,
        new Date((END + 600) * 1000),
      );
      expect(after.recommendation_id).not.toBe(before.recommendation_id);
      expect((await h.slos.history(REF)).items).toEqual([
        expect.objectContaining({ action: 'drift_triggered' }),
      ]);
      expect(h.sent.map(n => n.entityRef).sort()).toEqual([
        'component:default/checkout',
        'component:default/product-catalog',
        'component:default/recommendations',
        'component:default/storefront-web',
      ]);
    });
  },
);
