import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { SliAggregate } from '../../aggregation/SliAggregate';
import { SliAggregateStore } from '../../aggregation/SliAggregateStore';
import { demoCatalogEntities } from '../../__testUtils__/demoCatalog';
import { initDatabaseService } from '../../__testUtils__/testDatabases';
import { catalogGraph } from '../../graph/catalogGraph';
import { GraphStore } from '../../graph/GraphStore';
import { recommendationBody } from '../../lifecycle/__testUtils__/lifecycleFixtures';
import { SloStore } from '../../lifecycle/SloStore';
import { ErrorBudgetStore } from '../../budgets/ErrorBudgetStore';
import { catalogCriticality } from '../catalogCriticality';
import { DashboardFactsReader } from '../DashboardFactsReader';
import { DashboardRefreshTask } from '../DashboardRefreshTask';
import { DashboardStore } from '../DashboardStore';

export const NOW = new Date('2026-03-01T12:00:00.000Z');
export const DAY_MS = 86_400_000;
export const c = (name: string) => `component:default/${name}`;
export const ALICE = 'user:default/alice';

/** Midnight UTC of `2026-01-31`-style days. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * Daily buckets from `from` (inclusive) to `to` (exclusive) with `total`
 * events per day and `bad(day)` of them failed.
 */
export function days(
  name: string,
  from: string,
  to: string,
  total: number,
  bad: (start: Date) => number,
): SliAggregate[] {
  const result: SliAggregate[] = [];
  for (let t = day(from).getTime(); t < day(to).getTime(); t += DAY_MS) {
    const good = total - bad(new Date(t));
    result.push({
      entityRef: c(name),
      resolution: 'day',
      bucketStart: new Date(t),
      good,
      total,
      availability: good / total,
      gap: false,
    });
  }
  return result;
}

/** A recommendation row as RecommendationStore writes it, open for a day. */
export async function seedRecommendation(
  knex: Knex,
  name: string,
  generatedAt: Date,
  status = 'active',
): Promise<string> {
  const id = randomUUID();
  await knex('recommendations').insert({
    id,
    entity_ref: c(name),
    sli_type: 'all',
    lookback_days: 30,
    status,
    body: JSON.stringify(recommendationBody()),
    graph_snapshot_id: null,
    generated_at: generatedAt,
    expires_at: new Date(generatedAt.getTime() + DAY_MS),
    stale_reason: null,
  });
  return id;
}

/**
 * Every store on a fresh database of `id`, the demo catalog in the graph
 * and a refresh task whose criticality comes from the demo annotations.
 * `clock.now` is the time SloStore decisions are taken at.
 */
export async function setupDemo(databases: TestDatabases, id: TestDatabaseId) {
  const { knex, database } = await initDatabaseService(databases, id);
  const clock = { now: NOW };
  const graph = await GraphStore.create({ database });
  const entities = demoCatalogEntities();
  const { nodes, edges } = catalogGraph(entities, NOW);
  await graph.syncCatalog(nodes, edges);
  const aggregates = await SliAggregateStore.create({ database });
  const slos = await SloStore.create({ database, clock: () => clock.now });
  const budgets = await ErrorBudgetStore.create({ database });
  const store = await DashboardStore.create({ database });
  const task = new DashboardRefreshTask({
    graph,
    criticality: catalogCriticality({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
    }),
    aggregates,
    slos,
    facts: await DashboardFactsReader.create({ database }),
    store,
    logger: mockServices.logger.mock(),
  });
  /** Decides on a fresh recommendation of `name` at `at`. */
  async function decide(
    name: string,
    at: Date,
    decision: Record<string, unknown>,
    extra: { actor?: string; auditAction?: 'auto_approve' } = {},
  ) {
    const recommendationId = await seedRecommendation(
      knex,
      name,
      new Date(at.getTime() - 3_600_000),
    );
    clock.now = at;
    const outcome = await slos.decide({
      entityRef: c(name),
      actor: extra.actor ?? ALICE,
      auditAction: extra.auditAction,
      decision: { recommendation_id: recommendationId, ...decision } as any,
    });
    clock.now = NOW;
    return outcome;
  }
  return { knex, graph, aggregates, slos, budgets, store, task, decide };
}
