import { DEMO_EVENTS } from './demoEvents';
import { DependencySpec, Fleet, SeasonalitySpec, ServiceSpec } from './fleet';

/** Shoppers: evening peak (19:00 UTC), busier weekends. */
const SHOP: SeasonalitySpec = {
  dailyAmplitude: 0.45,
  peakHourUtc: 19,
  weekendFactor: 1.15,
};
/** Warehouse and back office: office hours, quiet weekends. */
const OFFICE: SeasonalitySpec = {
  dailyAmplitude: 0.3,
  peakHourUtc: 13,
  weekendFactor: 0.6,
};

/** [callee, propagation, calls per request, redundancy group?] */
type Dep = [string, number, number, string?];

interface Row {
  /** Metric `service` label; the entity name unless `entity` is given. */
  name: string;
  entity?: string;
  kind?: 'resource' | 'external';
  /** Requests/s, own error ratio, latency median (s) and sigma. */
  rate: number;
  err: number;
  median: number;
  sigma: number;
  deps?: Dep[];
  notFound?: number;
  season?: SeasonalitySpec;
}

// Propagation from storefront-web is about the share of page views that
// need the callee; recommendations and reviews are soft (0).
// prettier-ignore
const ROWS: Row[] = [
  { name: 'storefront-web', rate: 30, err: 0.0008, median: 0.18, sigma: 0.55, notFound: 0.01,
    deps: [['product-catalog', 0.9, 1.2], ['search', 0.2, 0.25], ['checkout', 0.04, 0.04],
      ['cart', 0.15, 0.2], ['auth', 0.3, 0.5], ['recommendations', 0, 0.4], ['reviews', 0, 0.15]] },
  { name: 'product-catalog', rate: 45, err: 0.0004, median: 0.035, sigma: 0.5, notFound: 0.02,
    deps: [['catalog-db', 0.3, 0.3], ['redis-cache', 0.2, 1]] },
  { name: 'search', rate: 8, err: 0.0006, median: 0.06, sigma: 0.6,
    deps: [['search-index-primary', 1, 1, 'search-index'],
      ['search-index-replica', 1, 0.05, 'search-index']] },
  { name: 'search-index-primary', rate: 8, err: 0.0005, median: 0.025, sigma: 0.5 },
  { name: 'search-index-replica', rate: 0.4, err: 0.0008, median: 0.03, sigma: 0.5 },
  { name: 'recommendations', rate: 12, err: 0.002, median: 0.09, sigma: 0.6,
    deps: [['product-catalog', 0.5, 0.5]] },
  { name: 'reviews', rate: 4, err: 0.003, median: 0.05, sigma: 0.5, notFound: 0.01,
    deps: [['product-catalog', 0.8, 1]] },
  { name: 'cart', rate: 6, err: 0.0003, median: 0.02, sigma: 0.45,
    deps: [['product-catalog', 0.7, 1], ['redis-cache', 1, 2]] },
  { name: 'checkout', rate: 1.2, err: 0.0007, median: 0.45, sigma: 0.5,
    deps: [['payments', 0.95, 1], ['orders', 0.95, 1], ['cart', 0.9, 1], ['auth', 0.9, 1],
      ['recommendations', 0, 1]] },
  { name: 'payments', rate: 1.3, err: 0.0005, median: 0.35, sigma: 0.55,
    deps: [['payment-gateway', 0.9, 1]] },
  { name: 'payment-gateway', kind: 'external', rate: 0, err: 0.0008, median: 0.3, sigma: 0.5 },
  { name: 'auth', entity: 'identity', rate: 15, err: 0.0002, median: 0.012, sigma: 0.5,
    deps: [['redis-cache', 0.8, 1]] },
  { name: 'orders', rate: 1.5, err: 0.0004, median: 0.06, sigma: 0.5, notFound: 0.005,
    deps: [['orders-db', 1, 3], ['order-events', 0.3, 0.5], ['inventory', 0.8, 1]] },
  { name: 'inventory', rate: 2, err: 0.0006, median: 0.025, sigma: 0.5,
    deps: [['orders', 0.3, 0.3], ['redis-cache', 1, 1]] },
  { name: 'shipping', rate: 0.8, err: 0.001, median: 0.12, sigma: 0.6, season: OFFICE,
    deps: [['orders', 0.7, 1], ['order-events', 0.5, 0.5]] },
  { name: 'notifications', rate: 1.5, err: 0.0015, median: 0.25, sigma: 0.7, season: OFFICE,
    deps: [['order-events', 0.9, 1]] },
  { name: 'returns', rate: 0.04, err: 0.002, median: 0.2, sigma: 0.6, season: OFFICE,
    deps: [['orders', 0.9, 1], ['payments', 0.9, 0.5]] },
  { name: 'catalog-db', kind: 'resource', rate: 0, err: 0.0001, median: 0.002, sigma: 0.5 },
  { name: 'orders-db', kind: 'resource', rate: 0, err: 0.0001, median: 0.003, sigma: 0.5 },
  { name: 'redis-cache', kind: 'resource', rate: 0, err: 0.00005, median: 0.001, sigma: 0.5 },
  { name: 'order-events', kind: 'resource', rate: 0, err: 0.0001, median: 0.004, sigma: 0.5 },
];

function toSpec(row: Row): ServiceSpec {
  const kind = row.kind ?? 'service';
  const entityKind = kind === 'resource' ? 'resource' : 'component';
  const dependencies: DependencySpec[] = (row.deps ?? []).map(
    ([target, propagation, callsPerRequest, redundancyGroup]) => ({
      target,
      propagation,
      callsPerRequest,
      ...(redundancyGroup ? { redundancyGroup } : {}),
    }),
  );
  return {
    name: row.name,
    entityRef: `${entityKind}:default/${row.entity ?? row.name}`,
    kind,
    requestRate: row.rate,
    errorRatio: row.err,
    ...(row.notFound ? { notFoundRatio: row.notFound } : {}),
    latency: { medianSeconds: row.median, sigma: row.sigma },
    dependencies,
    ...(kind === 'service' ? { seasonality: row.season ?? SHOP } : {}),
    ...DEMO_EVENTS[row.name],
  };
}

/**
 * The fleet behind the demo catalog in `examples/`: one service per
 * component (named by its `service` label) and per resource. Resources and
 * the external payment gateway emit no HTTP metrics; they show up as
 * `server` of service-graph edges. Offsets are relative to the end of the
 * generated window; see docs/telemetry.md for the story.
 */
export function demoFleet(): Fleet {
  return { services: ROWS.map(toSpec) };
}
