import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  demoFleet,
  generateSeries,
  openMetricsText,
} from '@slo-engine/telemetry-generator';
import { readServiceGraphConfig } from '../config/readServiceGraphConfig';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import {
  RunningPrometheus,
  startPrometheus,
} from '../__testUtils__/prometheusHarness';
import { clientFor } from '../__testUtils__/clientFor';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import {
  componentRef,
  graphEdge,
  graphNode,
} from '../__testUtils__/graphFixtures';
import { GraphStore } from './GraphStore';
import { ServiceGraphDiscoveryTask } from './ServiceGraphDiscoveryTask';

jest.setTimeout(120_000);

const databases = createTestDatabases();

// Two days of demo telemetry ending at a fixed instant (as demoTelemetry.test.ts).
const END = 1_790_006_400;
const NOW = new Date(END * 1000);
const fleet = demoFleet();

let prometheus: RunningPrometheus;
let client: PrometheusClient;

beforeAll(async () => {
  const blocks = [
    ...generateSeries({
      fleet,
      start: END - 2 * 86_400,
      end: END,
      stepSeconds: 600,
      seed: 42,
    }),
  ];
  prometheus = await startPrometheus({
    openMetrics: { text: [...openMetricsText(blocks)].join('') },
  });
  client = clientFor(prometheus.baseUrl);
});
afterAll(() => prometheus?.stop());

const ref = componentRef;

const node = graphNode;

const catalogEdge = (from: string, to: string) =>
  graphEdge(from, to, { lastObservedAt: NOW });

// Every dependency of the demo fleet is one service-graph series.
const demoEdgeCount = fleet.services.reduce(
  (n, s) => n + s.dependencies.length,
  0,
);

describe.each(databases.eachSupportedId())(
  'ServiceGraphDiscoveryTask on demo telemetry (%s)',
  id => {
    async function seededStore() {
      const { database } = await initDatabaseService(databases, id);
      const store = await GraphStore.create({ database });
      await store.syncCatalog(
        [
          node('checkout'),
          node('payments'),
          node('orders'),
          node('cart'),
          // The metric label of identity is `auth`.
          node('identity', { metricName: 'auth' }),
          node('legacy-fraud'),
          {
            ...node('orders-db'),
            entityRef: 'resource:default/orders-db',
            kind: 'resource',
          },
        ],
        [
          catalogEdge(ref('checkout'), ref('orders')),
          // Declared but never called at runtime.
          catalogEdge(ref('checkout'), ref('legacy-fraud')),
          catalogEdge(ref('orders'), 'resource:default/orders-db'),
        ],
      );
      return store;
    }

    it('records runtime edges from Prometheus and merges them with the catalog', async () => {
      const store = await seededStore();
      const logger = mockServices.logger.mock();
      const task = new ServiceGraphDiscoveryTask(
        client,
        store,
        readServiceGraphConfig(new ConfigReader({})),
        logger,
      );

      const result = await task.run(NOW);
      expect(demoEdgeCount).toBe(32);
      expect(result.observed).toBe(demoEdgeCount);
      expect(result.stale).toBe(0);

      const model = await store.model();
      const find = (from: string, to: string) =>
        model.edges.find(e => e.from === from && e.to === to);

      // Runtime only: otel is the sole and primary source.
      const checkoutPayments = find(ref('checkout'), ref('payments'));
      expect(checkoutPayments).toMatchObject({
        primarySource: 'otel_service_graph',
        divergence: 'runtime_only',
        stale: false,
        confidence: 1,
        lastObservedAt: NOW.toISOString(),
        observations: [
          expect.objectContaining({
            source: 'otel_service_graph',
            lastObservedAt: NOW.toISOString(),
          }),
        ],
      });

      // In the catalog and seen at runtime: catalog wins, no divergence.
      const checkoutOrders = find(ref('checkout'), ref('orders'));
      expect(checkoutOrders?.primarySource).toBe('catalog');
      expect(checkoutOrders?.divergence).toBeUndefined();
      expect(checkoutOrders?.observations.map(o => o.source).sort()).toEqual([
        'catalog',
        'otel_service_graph',
      ]);

      // Catalog edge of an instrumented caller never seen at runtime.
      expect(find(ref('checkout'), ref('legacy-fraud'))?.divergence).toBe(
        'catalog_only',
      );

      // `auth` resolves to identity through its metric name.
      expect(find(ref('checkout'), ref('identity'))).toMatchObject({
        primarySource: 'otel_service_graph',
      });
      expect(find(ref('identity'), ref('redis-cache'))).toBeDefined();
      expect(await store.getNode(ref('auth'))).toBeUndefined();
      expect(model.edges.some(e => e.to === ref('auth'))).toBe(false);

      // Services not in the catalog become discovered placeholders.
      const gateway = await store.getNode(ref('payment-gateway'));
      expect(gateway).toMatchObject({
        discovered: true,
        source: 'otel_service_graph',
      });
      expect(await store.getNode(ref('storefront-web'))).toMatchObject({
        discovered: true,
      });
      expect(find(ref('payments'), ref('payment-gateway'))).toBeDefined();
      // Catalog nodes are not turned into placeholders.
      expect(await store.getNode(ref('payments'))).toMatchObject({
        discovered: false,
        source: 'catalog',
      });

      // Every demo dependency is there once, by its resolved refs: by
      // metric name, then by the name of a catalog entity of any kind.
      const resolve = (name: string) => {
        if (name === 'auth') return ref('identity');
        if (name === 'orders-db') return 'resource:default/orders-db';
        return ref(name);
      };
      const expected = fleet.services.flatMap(s =>
        s.dependencies.map(d => `${resolve(s.name)} -> ${resolve(d.target)}`),
      );
      const runtime = model.edges
        .filter(e =>
          e.observations.some(o => o.source === 'otel_service_graph'),
        )
        .map(e => `${e.from} -> ${e.to}`);
      expect(runtime.sort()).toEqual(expected.sort());
      expect(await store.getNode(ref('orders-db'))).toBeUndefined();
      // 21 demo services, 6 of them in the seeded catalog.
      expect(fleet.services).toHaveLength(21);
      expect(result.nodesCreated).toBe(21 - 6);
    });

    it('is idempotent and marks runtime edges stale after the window', async () => {
      const store = await seededStore();
      const config = readServiceGraphConfig(new ConfigReader({}));
      const task = new ServiceGraphDiscoveryTask(
        client,
        store,
        config,
        mockServices.logger.mock(),
      );
      await task.run(NOW);
      const again = await task.run(NOW);
      expect(again).toEqual({
        observed: demoEdgeCount,
        nodesCreated: 0,
        stale: 0,
      });

      // Eight days later Prometheus has no calls in the lookback window.
      const later = new Date(NOW.getTime() + config.stalenessMs + 86_400_000);
      const result = await task.run(later);
      expect(result.observed).toBe(0);
      expect(result.stale).toBe(demoEdgeCount);
      const model = await store.model();
      expect(
        model.edges.find(
          e => e.from === ref('checkout') && e.to === ref('payments'),
        ),
      ).toMatchObject({ stale: true });
      // The catalog edge survives, now without runtime confirmation.
      expect(
        model.edges.find(
          e => e.from === ref('checkout') && e.to === ref('orders'),
        ),
      ).toMatchObject({ stale: false, primarySource: 'catalog' });
    });
  },
);
