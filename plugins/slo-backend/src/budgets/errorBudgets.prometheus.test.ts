import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { freePort } from '../__testUtils__/freePort';
import {
  RunningPrometheus,
  startPrometheus,
} from '../__testUtils__/prometheusHarness';
import { clientFor } from '../__testUtils__/clientFor';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import type { EntitySloSpecs } from '../alerts/specs/types';
import type { SloTargets } from '../lifecycle/types';
import { activeSlo, entitySpecs } from './__testUtils__/budgetFixtures';
import { budgetHistoryOpenMetrics, END } from './__testUtils__/budgetHistory';
import { ErrorBudgetService } from './ErrorBudgetService';
import { ErrorBudgetStore } from './ErrorBudgetStore';
import { ErrorBudgetTask } from './ErrorBudgetTask';
import { toSliBody } from './toBudgetBody';

jest.setTimeout(120_000);

const NOW = new Date(END * 1000);
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const config = { thresholds: { warning: 0.5, critical: 0.8 } };

function specsOf(service: string, targets: SloTargets): EntitySloSpecs {
  const entityRef = `component:default/${service}`;
  return entitySpecs({
    service,
    slo: activeSlo({ id: `slo-${service}`, entityRef, targets, windowDays: 7 }),
    owner: 'group:default/shop-team',
    system: 'system:default/shop',
  });
}

const FLEET = [
  specsOf('checkout', { availability: 99, latency_p99_ms: 300 }),
  specsOf('cart', { availability: 99.5 }),
  specsOf('search', { latency_p95_ms: 250 }),
  specsOf('payments', { availability: 99 }),
  specsOf('ledger', { availability: 99 }),
  specsOf('ghost', { availability: 99 }),
];

const source = {
  specsForFleet: async () => FLEET,
  specsFor: async (ref: string) => {
    const found = FLEET.find(e => e.entityRef === ref);
    if (!found) throw new NotFoundError(`${ref} has no active SLO`);
    return found;
  },
};

const client = (baseUrl: string) =>
  clientFor(baseUrl, { retry: { attempts: 0, initialDelayMs: 1, factor: 1 } });

const databases = createTestDatabases();
let prometheus: RunningPrometheus;

beforeAll(async () => {
  prometheus = await startPrometheus({
    openMetrics: { text: budgetHistoryOpenMetrics() },
  });
});
afterAll(() => prometheus?.stop());

// Worked out from the history in __testUtils__/budgetHistory.ts: 2,016
// five-minute intervals in 7 days, 288 in one.
/** A time to the half second, or undefined exactly. */
const withinHalfASecond = (t: Date | undefined) =>
  t === undefined ? undefined : expect.closeTo(t.getTime(), -3);
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR_MS);
const EXPECTED = [
  // entity, SLI, events, bad, share, status, 1d burn rate, exhaustion
  [
    'checkout',
    'availability',
    2016 * 600,
    // 3 per interval, 60 for 24 intervals, 12 for the last 6
    2016 * 3 + 24 * 57 + 6 * 9,
    7470 / 12_096,
    'warning',
    // (282 × 3 + 6 × 12) / (288 × 600) = 0.53125% = 0.53125 × the 1% budget
    0.53125,
    // (1 − 7470/12096) × 7 days / 0.53125
    at(((1 - 7470 / 12_096) * 7 * 24) / 0.53125),
  ],
  [
    'checkout',
    'latency_p99_ms',
    2016 * 600,
    2016 * 4 + 24 * 116,
    10_848 / 12_096,
    'critical',
    // 4 of 600 slower than 250 ms = 2/3 of the 1% budget rate
    2 / 3,
    // (1 − 10848/12096) × 7 days × 3/2 = 26 hours
    at(26),
  ],
  // 1 of 300 failed: 2/3 of a 0.5% budget; a third left lasts 3.5 days
  ['cart', 'availability', 2016 * 300, 2016, 2 / 3, 'warning', 2 / 3, at(84)],
  // 3 of 100 slow: 60% of a 5% budget; 40% left at 0.6× lasts 4⅔ days
  [
    'search',
    'latency_p95_ms',
    2016 * 100,
    2016 * 3,
    0.6,
    'warning',
    0.6,
    at(112),
  ],
  ['payments', 'availability', 2016 * 120, 0, 0, 'healthy', 0, undefined],
  // 10% failed: ten times the budget, spent already
  ['ledger', 'availability', 2016 * 60, 2016 * 6, 10, 'exhausted', 10, NOW],
] as const;

describe.each(databases.eachSupportedId())(
  'error budgets on a real Prometheus (%s)',
  id => {
    async function setup() {
      const { database } = await initDatabaseService(databases, id);
      const store = await ErrorBudgetStore.create({ database });
      const task = new ErrorBudgetTask({
        specs: source,
        prometheus: client(prometheus.baseUrl),
        store,
        config,
        logger: mockServices.logger.mock(),
      });
      const service = (baseUrl: string) =>
        new ErrorBudgetService({
          specs: source,
          store,
          prometheus: client(baseUrl),
          config,
          clock: () => NOW,
        });
      return { store, task, service };
    }

    it('the batched job and the live service agree with the hand-computed budgets', async () => {
      const { store, task, service } = await setup();
      const summary = await task.run(NOW);
      // 8 windows of a 7-day SLO (7d, 15m, 1m, 1h30m, 8m, 6h, 30m, 1d):
      // totals and errors for availability, buckets for latency, each one
      // query per window for all six services; plus the hourly counts.
      expect(summary).toMatchObject({
        entities: 6,
        slos: 6,
        slis: 7,
        noData: 1,
        failed: 0,
        queries: 8 * 3 + 3,
      });
      expect(summary.queries).toBeLessThan(6 * 8);

      for (const [
        name,
        sli,
        total,
        bad,
        share,
        status,
        rate,
        exhausts,
      ] of EXPECTED) {
        const ref = `component:default/${name}`;
        const stored = (await store.listEntity(ref)).find(s => s.sli === sli)!;
        const what = `${name} ${sli}`;
        expect([what, stored.totalEvents, stored.consumedEvents]).toEqual([
          what,
          total,
          bad,
        ]);
        expect(stored.consumedShare).toBeCloseTo(share, 12);
        expect([what, stored.status]).toEqual([what, status]);
        expect(stored.projectionBurnRate).toBeCloseTo(rate, 12);
        expect([what, stored.exhaustsAt?.getTime()]).toEqual([
          what,
          withinHalfASecond(exhausts),
        ]);
      }

      const [availability, latency] = await store.listEntity(
        'component:default/checkout',
      );
      // 7 days × 1440 min × 1% = 100.8 minutes; 7470/12096 of it
      expect(availability.allowedMinutes).toBeCloseTo(100.8, 9);
      expect(availability.consumedMinutes).toBeCloseTo(62.25, 9);
      expect(toSliBody(availability).burn_rates).toEqual({
        // 1m holds a single 5-minute sample: no rate, not zero
        '15m/1m': expect.objectContaining({
          long: expect.closeTo(2, 12),
          short: null,
        }),
        // 8m: Prometheus extrapolates the last interval, ratio unchanged
        '1h30m/8m': expect.objectContaining({
          long: expect.closeTo(1, 12),
          short: expect.closeTo(2, 12),
        }),
        '6h/30m': expect.objectContaining({
          long: expect.closeTo(0.625, 12),
          short: expect.closeTo(2, 12),
        }),
        '1d/1h30m': expect.objectContaining({
          long: expect.closeTo(0.53125, 12),
          short: expect.closeTo(1, 12),
        }),
      });
      expect(latency.note).toContain('using le="0.25"');

      const ghost = await store.listEntity('component:default/ghost');
      expect(ghost.map(s => [s.status, s.totalEvents, s.note])).toEqual([
        [
          'no_data',
          undefined,
          'no samples of http_server_requests_total{service="ghost"} over the 7d SLO window',
        ],
      ]);

      // The live path, one entity at a time, reads the same numbers.
      const live = await service(prometheus.baseUrl).forEntity(
        'component:default/checkout',
      );
      expect(live.stale).toBe(false);
      expect(live.slis).toEqual([availability, latency].map(toSliBody));
    });

    it('writes the counts of the last finished hours and the current share', async () => {
      const { store, task } = await setup();
      await task.run(NOW);
      const hours = await store.history(
        'component:default/checkout',
        'slo-checkout',
        at(-3),
        at(1),
      );
      const of = (sli: string) =>
        hours
          .filter(h => h.sli === sli)
          .map(h => [
            (h.hourStart.getTime() - NOW.getTime()) / HOUR_MS,
            h.hourTotalEvents,
            h.hourBadEvents,
            h.consumedShare,
          ]);
      expect(of('availability')).toEqual([
        [-3, 7200, 36, undefined],
        [-2, 7200, 36, undefined],
        // the last 30 minutes: 6 × 3 + 6 × 12 failed
        [-1, 7200, 90, undefined],
        [0, undefined, undefined, expect.closeTo(7470 / 12_096, 12)],
      ]);
      expect(of('latency_p99_ms').slice(0, 3)).toEqual([
        [-3, 7200, 48, undefined],
        [-2, 7200, 48, undefined],
        [-1, 7200, 48, undefined],
      ]);
    });

    it('Prometheus unreachable: the job keeps the last snapshots, the live view serves them stale', async () => {
      const { store, task, service } = await setup();
      await task.run(NOW);
      const before = await store.listEntity('component:default/cart');

      const deadUrl = `http://127.0.0.1:${await freePort()}`;
      const offline = new ErrorBudgetTask({
        specs: source,
        prometheus: client(deadUrl),
        store,
        config,
        logger: mockServices.logger.mock(),
      });
      // 36 days later: still no numbers, and the history has aged out (35
      // days): 6 SLIs with data × (3 finished hours + the current share).
      const summary = await offline.run(new Date(NOW.getTime() + 36 * DAY_MS));
      expect(summary).toMatchObject({
        failed: 6,
        noData: 0,
        historyPruned: 6 * 4,
      });
      expect(await store.listEntity('component:default/cart')).toEqual(before);

      const stale = await service(deadUrl).forEntity('component:default/cart');
      expect(stale).toMatchObject({
        stale: true,
        stale_reason: expect.stringMatching(
          /^the live error budget could not be computed: Prometheus \/api\/v1\/query unreachable: ECONNREFUSED; serving the error budget computed at 2026-09-21T00:00:00.000Z$/,
        ),
      });
      expect(stale.slis).toEqual(before.map(toSliBody));
    });
  },
);
