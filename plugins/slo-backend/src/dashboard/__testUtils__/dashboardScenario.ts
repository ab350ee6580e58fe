import { randomUUID } from 'crypto';
import { snapshot } from '../../budgets/__testUtils__/budgetFixtures';
import {
  c,
  DAY_MS,
  day,
  days,
  NOW,
  seedRecommendation,
  setupDemo,
} from './dashboardFixtures';

type Demo = Awaited<ReturnType<typeof setupDemo>>;

const at = (iso: string) => new Date(iso);
const accept = (tier: string) => ({ action: 'accept', selected_tier: tier });

/**
 * The demo fleet with hand-picked lifecycle history (docs in the test):
 *
 * - checkout: accept balanced (99.9) 2026-01-01T06:00; window 0 has
 *   99.95 % on its 29 whole days, while the partial days around it fail;
 * - payments: auto-approved conservative (99.5) 2026-01-10; window 0 at 99 %;
 * - cart: modify conservative to 99.0 / 28 days 2026-02-20: nothing complete;
 * - storefront-web: accept aggressive (99.95) 2025-12-01, no data in
 *   December; superseded 2026-01-05 by balanced (99.9), window 0 exactly 99.9 %;
 * - product-catalog: reject (no tier) 2026-02-01, then a new recommendation;
 * - search: reject (balanced) 2026-02-15, the latest recommendation;
 * - reviews: an open recommendation; orders: a stale one;
 * - inventory: a manual SLO, failing badly, never counted as a breach;
 * - legacy: not in the catalog; its accept is counted nowhere.
 */
export async function seedScenario(demo: Demo) {
  const { knex, decide, slos, aggregates, budgets } = demo;
  const checkout = await decide(
    'checkout',
    at('2026-01-01T06:00:00Z'),
    accept('balanced'),
  );
  await seedRecommendation(knex, 'checkout', at('2026-02-28T00:00:00Z'));
  const payments = await decide(
    'payments',
    day('2026-01-10'),
    {
      ...accept('conservative'),
      rationale: 'matched auto-approval rule "critical"',
    },
    { actor: 'auto-approval-rule:critical', auditAction: 'auto_approve' },
  );
  const cart = await decide('cart', day('2026-02-20'), {
    action: 'modify',
    selected_tier: 'conservative',
    modifications: { availability_target: 99, window_days: 28 },
    rationale: 'the cart tolerates retries',
  });
  await decide('storefront-web', day('2025-12-01'), accept('aggressive'));
  const storefront = await decide(
    'storefront-web',
    day('2026-01-05'),
    accept('balanced'),
  );
  await decide('product-catalog', day('2026-02-01'), {
    action: 'reject',
    rationale: 'targets too loose',
  });
  await seedRecommendation(knex, 'product-catalog', day('2026-02-02'));
  await decide('search', day('2026-02-15'), {
    action: 'reject',
    selected_tier: 'balanced',
    rationale: 'wait for the new index',
  });
  await seedRecommendation(knex, 'reviews', day('2026-02-28'));
  await seedRecommendation(knex, 'orders', day('2026-02-27'), 'stale');
  await decide('legacy', day('2026-01-01'), accept('balanced'));
  await slos.appendAudit({
    entityRef: c('reviews'),
    action: 'expire',
    actor: 'slo-engine',
  });
  await knex('slos').insert({
    id: randomUUID(),
    entity_ref: c('inventory'),
    status: 'active',
    availability_target: 99,
    window_days: 30,
    source: 'manual',
    activated_at: day('2025-12-01'),
    activated_by: 'user:default/bob',
  });

  await aggregates.upsert([
    ...days('checkout', '2025-12-01', '2026-03-01', 100_000, d =>
      ['2026-01-01', '2026-01-31'].includes(d.toISOString().slice(0, 10))
        ? 50_000
        : 50,
    ),
    ...days('payments', '2026-01-01', '2026-03-01', 10_000, () => 100),
    ...days('storefront-web', '2026-01-01', '2026-03-01', 100_000, () => 100),
    ...days('inventory', '2025-12-01', '2026-03-01', 100, () => 50),
  ]);
  await aggregates.setStatus(
    [
      'checkout',
      'payments',
      'cart',
      'storefront-web',
      'product-catalog',
      'search',
    ]
      .map(name => ({ entityRef: c(name), status: 'ok' as const }))
      .concat([
        { entityRef: c('reviews'), status: 'no_data' as any },
        { entityRef: c('orders'), status: 'invalid_mapping' as any },
      ]),
  );

  const ids = {
    checkout: checkout.activeSlo!.id,
    payments: payments.activeSlo!.id,
    cart: cart.activeSlo!.id,
    storefront: storefront.activeSlo!.id,
  };
  const inDays = (n: number) => new Date(NOW.getTime() + n * DAY_MS);
  const snapshots = [
    snapshot({
      entityRef: c('checkout'),
      sloId: ids.checkout,
      exhaustsAt: inDays(8),
    }),
    snapshot({
      entityRef: c('checkout'),
      sloId: ids.checkout,
      sli: 'latency_p99_ms',
      consumedShare: 0.1,
      status: 'healthy',
      exhaustsAt: undefined,
    }),
    snapshot({
      entityRef: c('payments'),
      sloId: ids.payments,
      consumedShare: 1.2,
      remainingMinutes: -43.2,
      status: 'exhausted',
      exhaustsAt: undefined,
    }),
    snapshot({
      entityRef: c('cart'),
      sloId: ids.cart,
      consumedShare: undefined,
      remainingMinutes: undefined,
      exhaustsAt: undefined,
      status: 'no_data',
    }),
    snapshot({
      entityRef: c('storefront-web'),
      sloId: ids.storefront,
      exhaustsAt: inDays(2),
    }),
    snapshot({
      entityRef: c('storefront-web'),
      sloId: ids.storefront,
      sli: 'latency_p99_ms',
      consumedShare: 0.25,
      status: 'healthy',
      exhaustsAt: undefined,
    }),
    // Left over from an SLO the entity no longer has.
    snapshot({
      entityRef: c('recommendations'),
      sloId: 'gone',
      consumedShare: 2,
    }),
  ];
  const refs = [...new Set(snapshots.map(s => s.entityRef))];
  await budgets.saveRun({
    computedEntityRefs: refs,
    snapshots,
    activeEntityRefs: refs,
    hours: [],
    recordedAt: NOW,
    pruneHistoryBefore: new Date(NOW.getTime() - 35 * DAY_MS),
  });
  return ids;
}
