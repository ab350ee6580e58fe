import { SliAggregate } from '../aggregation/SliAggregate';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphEdgeRecord, GraphNode } from '../graph/GraphNode';
import { GraphStore } from '../graph/GraphStore';
import { componentRef, graphEdge, graphNode } from './graphFixtures';

/** Fixed "now" of the recommendation tests. */
export const NOW = new Date('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 2, 1);

export const c = componentRef;

export const node = (name: string, extra: Partial<GraphNode> = {}) =>
  graphNode(name, { type: 'service', owner: 'group:default/team-a', ...extra });

export const edge = (
  from: string,
  to: string,
  extra: Partial<GraphEdgeRecord> = {},
) => graphEdge(from, to, { lastObservedAt: NOW, ...extra });

/**
 * checkout → cart, payments (hard), recommendations (soft);
 * payments → payment-gateway (external, 99.95% SLA, no telemetry).
 */
export const shopNodes = () => [
  node('checkout'),
  node('cart'),
  node('payments'),
  node('recommendations'),
  node('payment-gateway', { external: true, publishedSla: 0.9995 }),
  node('young'),
  node('silent'),
];

export const shopEdges = () => [
  edge('checkout', 'cart'),
  edge('checkout', 'payments'),
  edge('checkout', 'recommendations', { criticality: 'soft' }),
  edge('payments', 'payment-gateway'),
];

/** `days` daily buckets ending yesterday with `failures(i)` bad events. */
export function dailyBuckets(
  name: string,
  days: number,
  failures: (i: number) => number,
  total = 1_000_000,
): SliAggregate[] {
  return Array.from({ length: days }, (_, i) => {
    const good = total - failures(i);
    return {
      entityRef: c(name),
      resolution: 'day' as const,
      bucketStart: new Date(TODAY - (days - i) * DAY),
      good,
      total,
      availability: good / total,
      latencyMs: {
        p50: 40,
        p95: 180 + (i % 7) * 5,
        p99: 400 + (i % 7) * 10,
        p999: 900 + (i % 7) * 20,
      },
      gap: false,
    };
  });
}

/** The shop graph and 60 days of aggregates (10 for `young`, none for `silent`). */
export async function seedShop(graph: GraphStore, agg: SliAggregateStore) {
  await graph.syncCatalog(shopNodes(), shopEdges());
  await agg.upsert([
    ...dailyBuckets('checkout', 60, i =>
      [12, 40].includes(i) ? 3000 : 80 + (i % 5) * 10,
    ),
    ...dailyBuckets('cart', 60, () => 100),
    ...dailyBuckets('payments', 60, i => (i === 20 ? 5000 : 300)),
    ...dailyBuckets('recommendations', 60, () => 10_000),
    ...dailyBuckets('young', 10, () => 200),
  ]);
  await agg.setStatus([
    { entityRef: c('silent'), status: 'no_data', message: 'no samples' },
  ]);
}
