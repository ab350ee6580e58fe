import {
  CycleAlert,
  DependencyEdge,
  DependencyNode,
  DependencySubgraph,
} from '@slo-engine/plugin-slo-common';

const observedAt = '2025-03-14T09:30:00.000Z';

/** A catalog node; `ref` is `kind:namespace/name`. */
export function node(
  ref: string,
  extra: Partial<DependencyNode> = {},
): DependencyNode {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return {
    entityRef: ref,
    kind,
    namespace,
    name,
    discovered: false,
    external: false,
    ...extra,
  };
}

/** A fresh edge seen by the catalog, hard and synchronous unless told. */
export function edge(
  from: string,
  to: string,
  extra: Partial<DependencyEdge> = {},
): DependencyEdge {
  return {
    from,
    to,
    criticality: 'hard',
    communicationMode: 'sync',
    primarySource: 'catalog',
    confidence: 1,
    lastObservedAt: observedAt,
    stale: false,
    observations: [
      {
        source: 'catalog',
        confidence: 1,
        lastObservedAt: observedAt,
        stale: false,
      },
    ],
    ...extra,
  };
}

export const CHECKOUT = 'component:default/checkout';
export const STOREFRONT = 'component:default/storefront';
export const PAYMENTS = 'component:default/payments';
export const LEDGER = 'component:default/ledger';
export const CART = 'component:default/cart';
export const DB_PRIMARY = 'resource:default/orders-db-primary';
export const DB_REPLICA = 'resource:default/orders-db-replica';
export const ORDER_EVENTS = 'resource:default/order-events';
export const FRAUD = 'component:default/fraud-scoring';
export const STRIPE = 'resource:default/stripe-api';

/**
 * Checkout, two hops both ways: a storefront calls it; it calls payments
 * (which calls Stripe and a ledger that calls payments back: a cycle), a
 * cart (soft), a primary/replica database pair (one redundancy group), an
 * event topic (asynchronous) and a fraud scorer only seen in traces.
 */
export const checkoutGraph: DependencySubgraph = {
  root: CHECKOUT,
  direction: 'both',
  depth: 2,
  truncated: true,
  snapshotId: 'f0a3c6de-5d0e-4b8e-9d36-0c2b1c8f4e11',
  nodes: [
    node(CHECKOUT, { title: 'Checkout', type: 'service', depth: 0 }),
    node(STOREFRONT, { type: 'website', depth: 1 }),
    node(PAYMENTS, {
      title: 'Payments',
      type: 'service',
      depth: 1,
      observedAvailability: 0.99953,
    }),
    node(CART, { type: 'service', depth: 1 }),
    node(DB_PRIMARY, { type: 'database', depth: 1 }),
    node(DB_REPLICA, { type: 'database', depth: 1 }),
    node(ORDER_EVENTS, { type: 'kafka-topic', depth: 1 }),
    node(FRAUD, { discovered: true, depth: 1 }),
    node(LEDGER, { type: 'service', depth: 2 }),
    node(STRIPE, {
      title: 'Stripe API',
      type: 'external-api',
      external: true,
      publishedSla: 0.9999,
      depth: 2,
    }),
  ],
  edges: [
    edge(STOREFRONT, CHECKOUT, { protocol: 'http' }),
    edge(CHECKOUT, PAYMENTS, { protocol: 'grpc', timeoutMs: 2000 }),
    edge(CHECKOUT, CART, { criticality: 'soft' }),
    edge(CHECKOUT, DB_PRIMARY, { redundancyGroup: 'orders-db' }),
    edge(CHECKOUT, DB_REPLICA, { redundancyGroup: 'orders-db' }),
    edge(CHECKOUT, ORDER_EVENTS, {
      criticality: 'soft',
      communicationMode: 'async',
      protocol: 'kafka',
    }),
    edge(CHECKOUT, FRAUD, {
      criticality: 'degraded',
      primarySource: 'otel_service_graph',
      confidence: 0.8,
      divergence: 'runtime_only',
    }),
    edge(PAYMENTS, STRIPE, { protocol: 'https' }),
    edge(PAYMENTS, LEDGER),
    edge(LEDGER, PAYMENTS),
  ],
};

/** Checkout alone: the engine knows it but no edge yet. */
export const lonelyGraph: DependencySubgraph = {
  root: CHECKOUT,
  direction: 'both',
  depth: 2,
  truncated: false,
  nodes: [node(CHECKOUT, { depth: 0 })],
  edges: [],
};

/** Open cycles fleet-wide: one through payments, one far away. */
export const openCycles: CycleAlert[] = [
  {
    id: '5b1f9d0e-2f6c-4a57-8a4e-1c9b7e3d2a10',
    members: [LEDGER, PAYMENTS],
    path: [PAYMENTS, LEDGER, PAYMENTS],
    status: 'open',
    detectedAt: '2025-03-12T06:15:00.000Z',
  },
  {
    id: '9c7e2a41-0b3d-4f8e-a6c5-3d2e1f0a9b87',
    members: ['component:default/inventory', 'component:default/warehouse'],
    path: [
      'component:default/inventory',
      'component:default/warehouse',
      'component:default/inventory',
    ],
    status: 'open',
    detectedAt: '2025-03-10T18:02:00.000Z',
  },
];
