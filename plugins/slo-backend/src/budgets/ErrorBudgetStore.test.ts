import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import {
  DAY_MS,
  HOUR_MS,
  noDataSnapshot,
  NOW,
  snapshot,
} from './__testUtils__/budgetFixtures';
import { BudgetRun, ErrorBudgetStore } from './ErrorBudgetStore';
import type { ErrorBudgetSnapshot } from './types';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const CHECKOUT = 'component:default/checkout';
const CART = 'component:default/cart';
const SEARCH = 'component:default/search';
const LEGACY = 'component:default/legacy';

function run(overrides: Partial<BudgetRun>): BudgetRun {
  const snapshots = overrides.snapshots ?? [];
  const refs = [...new Set(snapshots.map(s => s.entityRef))];
  return {
    computedEntityRefs: refs,
    snapshots,
    activeEntityRefs: refs,
    hours: [],
    recordedAt: NOW,
    pruneHistoryBefore: new Date(NOW.getTime() - 35 * DAY_MS),
    ...overrides,
  };
}

const at = (hoursFromNow: number) =>
  new Date(NOW.getTime() + hoursFromNow * HOUR_MS);

describe.each(databases.eachSupportedId())('ErrorBudgetStore (%s)', id => {
  async function setup() {
    const { database, knex } = await initDatabaseService(databases, id);
    return { store: await ErrorBudgetStore.create({ database }), knex };
  }

  it('stores snapshots and reads them back exactly, with and without data', async () => {
    const { store } = await setup();
    const latency = snapshot({
      sli: 'latency_p99_ms',
      objective: 0.99,
      note: 'threshold 0.3s is not a bucket boundary: using le="0.25"',
    });
    const quiet = noDataSnapshot({ entityRef: CART, owner: undefined });
    await store.saveRun(run({ snapshots: [snapshot(), latency, quiet] }));

    expect(await store.listEntity(CHECKOUT)).toEqual([snapshot(), latency]);
    expect(await store.listEntity(CART)).toEqual([quiet]);
    expect(await store.listEntity(SEARCH)).toEqual([]);
  });

  it('a run replaces computed entities, keeps failed ones and drops entities without an active SLO', async () => {
    const { store } = await setup();
    await store.saveRun(
      run({
        snapshots: [
          snapshot(),
          snapshot({ sli: 'latency_p99_ms' }),
          snapshot({ entityRef: CART }),
          snapshot({ entityRef: LEGACY }),
        ],
      }),
    );
    const later = new Date(NOW.getTime() + 5 * 60_000);
    await store.saveRun(
      run({
        // checkout lost its latency target; cart's queries failed; legacy
        // has no active SLO any more.
        computedEntityRefs: [CHECKOUT],
        snapshots: [snapshot({ consumedShare: 0.7, computedAt: later })],
        activeEntityRefs: [CHECKOUT, CART],
      }),
    );
    expect(await store.listEntity(CHECKOUT)).toEqual([
      snapshot({ consumedShare: 0.7, computedAt: later }),
    ]);
    expect(await store.listEntity(CART)).toEqual([
      snapshot({ entityRef: CART }),
    ]);
    expect(await store.listEntity(LEGACY)).toEqual([]);
  });

  it('writes a run in one transaction: a bad row leaves the previous state', async () => {
    const { store } = await setup();
    await store.saveRun(run({ snapshots: [snapshot()] }));
    const broken = {
      ...snapshot({ entityRef: CART }),
      allowedMinutes: null,
    } as unknown as ErrorBudgetSnapshot;
    await expect(
      store.saveRun(
        run({
          computedEntityRefs: [CHECKOUT, CART],
          snapshots: [snapshot({ consumedShare: 0.9 }), broken],
          activeEntityRefs: [CHECKOUT, CART],
        }),
      ),
    ).rejects.toBeTruthy();
    expect(await store.listEntity(CHECKOUT)).toEqual([snapshot()]);
  });

  describe('fleet', () => {
    // Hand-ordered: spent first, then the earliest exhaustion, then the most
    // consumed of those not burning, no data last.
    const fleet: ErrorBudgetSnapshot[] = [
      snapshot({
        entityRef: SEARCH,
        owner: 'group:default/discovery',
        consumedShare: 0.2,
        status: 'healthy',
        projectionBurnRate: 0,
        exhaustsAt: undefined,
      }),
      noDataSnapshot({ entityRef: LEGACY }),
      snapshot({
        entityRef: CART,
        consumedShare: 0.9,
        status: 'critical',
        projectionBurnRate: 3,
        exhaustsAt: new Date(NOW.getTime() + DAY_MS),
      }),
      snapshot(), // 60%, exhausts in 8 days
      snapshot({
        entityRef: CHECKOUT,
        sli: 'latency_p99_ms',
        consumedShare: 1.25,
        status: 'exhausted',
        projectionBurnRate: 0.5,
        exhaustsAt: NOW,
      }),
      snapshot({
        entityRef: 'component:default/ledger',
        system: 'system:default/finance',
        consumedShare: 0.45,
        status: 'healthy',
        projectionBurnRate: 0.1,
        exhaustsAt: undefined,
      }),
    ];
    const key = (s: ErrorBudgetSnapshot) => `${s.entityRef}#${s.sli}`;

    it('orders by closeness to exhaustion by default, and by share or burn rate', async () => {
      const { store } = await setup();
      await store.saveRun(run({ snapshots: fleet }));
      const list = async (order: 'exhaustion' | 'consumed' | 'burn_rate') =>
        (await store.listFleet({ order, limit: 100 })).map(key);
      expect(await list('exhaustion')).toEqual([
        `${CHECKOUT}#latency_p99_ms`,
        `${CART}#availability`,
        `${CHECKOUT}#availability`,
        'component:default/ledger#availability',
        `${SEARCH}#availability`,
        `${LEGACY}#availability`,
      ]);
      expect(await list('consumed')).toEqual([
        `${CHECKOUT}#latency_p99_ms`,
        `${CART}#availability`,
        `${CHECKOUT}#availability`,
        'component:default/ledger#availability',
        `${SEARCH}#availability`,
        `${LEGACY}#availability`,
      ]);
      expect(await list('burn_rate')).toEqual([
        `${CART}#availability`,
        `${CHECKOUT}#availability`,
        `${CHECKOUT}#latency_p99_ms`,
        'component:default/ledger#availability',
        `${SEARCH}#availability`,
        `${LEGACY}#availability`,
      ]);
    });

    it('filters by owner, system, status and SLI, and limits', async () => {
      const { store } = await setup();
      await store.saveRun(run({ snapshots: fleet }));
      const list = async (q: object) =>
        (await store.listFleet({ order: 'exhaustion', limit: 100, ...q })).map(
          key,
        );
      expect(await list({ owner: 'group:default/discovery' })).toEqual([
        `${SEARCH}#availability`,
      ]);
      expect(await list({ system: 'system:default/finance' })).toEqual([
        'component:default/ledger#availability',
      ]);
      expect(await list({ statuses: ['critical', 'exhausted'] })).toEqual([
        `${CHECKOUT}#latency_p99_ms`,
        `${CART}#availability`,
      ]);
      expect(await list({ sli: 'latency_p99_ms' })).toEqual([
        `${CHECKOUT}#latency_p99_ms`,
      ]);
      expect(await list({ limit: 2 })).toEqual([
        `${CHECKOUT}#latency_p99_ms`,
        `${CART}#availability`,
      ]);
    });

    it('counts statuses, entities and shares over the filter', async () => {
      const { store } = await setup();
      expect(await store.fleetCounts({})).toEqual({
        entities: 0,
        byStatus: {},
        shares: [],
      });
      await store.saveRun(
        run({
          snapshots: [
            ...fleet,
            snapshot({
              entityRef: 'component:default/ledger',
              sli: 'latency_p99_ms',
              system: 'system:default/finance',
              computedAt: new Date(NOW.getTime() + 60_000),
            }),
          ],
        }),
      );
      const all = await store.fleetCounts({});
      expect(all.entities).toBe(5);
      expect(all.byStatus).toEqual({
        healthy: 2,
        warning: 2,
        critical: 1,
        exhausted: 1,
        no_data: 1,
      });
      expect(all.shares.sort((a, b) => a - b)).toEqual([
        0.2, 0.45, 0.6, 0.6, 0.9, 1.25,
      ]);
      expect(all.newest).toEqual(new Date(NOW.getTime() + 60_000));

      const payments = await store.fleetCounts({
        owner: 'group:default/payments',
      });
      expect(payments.entities).toBe(4);
      expect(payments.byStatus).toEqual({
        healthy: 1,
        warning: 2,
        critical: 1,
        exhausted: 1,
        no_data: 1,
      });
    });
  });

  it('merges the share and the counts of an hour written by different runs, and prunes old hours', async () => {
    const { store } = await setup();
    const hour = at(-1);
    const old = new Date(NOW.getTime() - 36 * DAY_MS);
    await store.saveRun(
      run({
        hours: [
          {
            entityRef: CHECKOUT,
            sli: 'availability',
            sloId: 'slo-checkout-1',
            hourStart: hour,
            consumedShare: 0.58,
          },
          {
            entityRef: CHECKOUT,
            sli: 'availability',
            sloId: 'slo-checkout-1',
            hourStart: old,
            consumedShare: 0.1,
          },
        ],
        pruneHistoryBefore: new Date(0),
      }),
    );
    const { pruned } = await store.saveRun(
      run({
        hours: [
          {
            entityRef: CHECKOUT,
            sli: 'availability',
            sloId: 'slo-checkout-1',
            hourStart: hour,
            hourTotalEvents: 36_000,
            hourBadEvents: 72,
          },
          {
            entityRef: CHECKOUT,
            sli: 'availability',
            sloId: 'slo-checkout-1',
            hourStart: at(0),
            consumedShare: 0.6,
          },
        ],
      }),
    );
    expect(pruned).toBe(1);
    expect(
      await store.history(CHECKOUT, 'slo-checkout-1', at(-48), at(1)),
    ).toEqual([
      {
        entityRef: CHECKOUT,
        sli: 'availability',
        sloId: 'slo-checkout-1',
        hourStart: hour,
        consumedShare: 0.58,
        hourTotalEvents: 36_000,
        hourBadEvents: 72,
      },
      {
        entityRef: CHECKOUT,
        sli: 'availability',
        sloId: 'slo-checkout-1',
        hourStart: at(0),
        consumedShare: 0.6,
      },
    ]);
    // [from, to) and the SLO id bound the read.
    expect(
      await store.history(CHECKOUT, 'slo-checkout-1', at(-1), at(0)),
    ).toHaveLength(1);
    expect(await store.history(CHECKOUT, 'slo-other', at(-48), at(1))).toEqual(
      [],
    );
  });
});
