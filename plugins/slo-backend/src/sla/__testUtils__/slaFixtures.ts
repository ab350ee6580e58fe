import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { SliAggregate } from '../../aggregation/SliAggregate';
import { SliAggregateStore } from '../../aggregation/SliAggregateStore';
import { componentEntity } from '../../__testUtils__/entities';
import { initDatabaseService } from '../../__testUtils__/testDatabases';
import { CatalogSyncTask } from '../../graph/CatalogSyncTask';
import { GraphStore } from '../../graph/GraphStore';
import { SloStore } from '../../lifecycle/SloStore';
import {
  NOW as SLO_NOW,
  seedRecommendation,
} from '../../lifecycle/__testUtils__/lifecycleFixtures';
import { createSlaServices } from '../createSlaServices';

/** Nov 2026 has 20 finished days (1–20); Oct 2026 is closed. */
export const CLOCK = new Date('2026-11-21T06:00:00.000Z');
export const DAY_MS = 86_400_000;
export const ALICE = 'user:default/alice';

export const CHECKOUT = 'component:default/checkout';
export const PAYMENTS = 'component:default/payments';
export const INVENTORY = 'component:default/inventory';
export const SEARCH = 'component:default/search';
export const CART = 'component:default/cart';

function annotated(entity: Entity, target?: string): Entity {
  if (target === undefined) return entity;
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { 'slo-engine.io/sla-target': target },
    },
  };
}

/**
 * The catalog of every SLA test: checkout 99.5 (team-a, shop), payments
 * 99.0 by annotation (team-b, shop; tests override it to 99.9 through the
 * API), inventory 99.0 (team-a, warehouse), search with an invalid
 * annotation, cart without one, and a System the engine does not track.
 */
export function slaCatalog(): Entity[] {
  return [
    annotated(componentEntity('checkout', { system: 'shop' }), '99.5'),
    annotated(
      componentEntity('payments', { owner: 'team-b', system: 'shop' }),
      '99.0',
    ),
    annotated(componentEntity('inventory', { system: 'warehouse' }), '99.0'),
    annotated(componentEntity('search', { owner: 'team-b' }), 'high'),
    componentEntity('cart'),
    annotated(componentEntity('shop', { kind: 'System' }), '99.9'),
  ];
}

/** One day of `ref` with `good` of `total` requests; day is 1-based. */
export function day(
  ref: string,
  year: number,
  monthIndex: number,
  dayOfMonth: number,
  good: number,
  total: number,
): SliAggregate {
  return {
    entityRef: ref,
    resolution: 'day',
    bucketStart: new Date(Date.UTC(year, monthIndex, dayOfMonth)),
    good,
    total,
    availability: good / total,
    gap: false,
  };
}

/** A daily gap: the aggregation saw no samples that day. */
export function gapDay(
  ref: string,
  year: number,
  monthIndex: number,
  dayOfMonth: number,
): SliAggregate {
  return {
    entityRef: ref,
    resolution: 'day',
    bucketStart: new Date(Date.UTC(year, monthIndex, dayOfMonth)),
    gap: true,
  };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The daily aggregates the report tests hand-check:
 * - checkout Oct: 30 days of 9,960/10,000 and a gap on the 15th;
 *   Nov 1–20: 19 days of 9,960/10,000 and the 20th at 9,860/10,000;
 *   plus a bucket for the unfinished Nov 21, which no report may count.
 * - payments Oct: 31 days of 998/1,000; Nov 1–20: 20 days of 998/1,000.
 * - inventory: nothing.
 */
export function slaAggregates(): SliAggregate[] {
  return [
    ...range(1, 31)
      .filter(d => d !== 15)
      .map(d => day(CHECKOUT, 2026, 9, d, 9_960, 10_000)),
    gapDay(CHECKOUT, 2026, 9, 15),
    ...range(1, 19).map(d => day(CHECKOUT, 2026, 10, d, 9_960, 10_000)),
    day(CHECKOUT, 2026, 10, 20, 9_860, 10_000),
    day(CHECKOUT, 2026, 10, 21, 0, 10_000),
    ...range(1, 31).map(d => day(PAYMENTS, 2026, 9, d, 998, 1_000)),
    ...range(1, 20).map(d => day(PAYMENTS, 2026, 10, d, 998, 1_000)),
  ];
}

/**
 * The SLA services over a fresh database of `id`: the graph synced from
 * the test catalog, `aggregates` stored, payments' active SLO at 99.9%
 * availability, and the catalog mock read as the plugin.
 */
export async function setupSla(
  databases: TestDatabases,
  id: TestDatabaseId,
  options: { aggregates?: SliAggregate[]; dailyRetentionDays?: number } = {},
) {
  const { database, knex } = await initDatabaseService(databases, id);
  const catalog = catalogServiceMock({ entities: slaCatalog() });
  const auth = mockServices.auth();
  const graph = await GraphStore.create({ database });
  await CatalogSyncTask.create({
    catalog,
    auth,
    store: graph,
    logger: mockServices.logger.mock(),
  }).run();
  await (
    await SliAggregateStore.create({ database })
  ).upsert(options.aggregates ?? slaAggregates());

  // A real activation: payments accepts the balanced tier (99.9%).
  const slos = await SloStore.create({ database, clock: () => SLO_NOW });
  await slos.decide({
    entityRef: PAYMENTS,
    actor: ALICE,
    decision: {
      action: 'accept',
      recommendation_id: await seedRecommendation(knex, {
        entityRef: PAYMENTS,
      }),
      selected_tier: 'balanced',
    },
  });

  const services = await createSlaServices({
    database,
    catalog,
    auth,
    graph,
    slos,
    dailyRetentionMs: (options.dailyRetentionDays ?? 365) * DAY_MS,
    clock: () => CLOCK,
  });
  return { ...services, knex, catalog };
}
