import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphStore } from '../graph/GraphStore';
import { ReadinessChecker } from '../health/ReadinessChecker';
import { TelemetryHealth } from '../health/TelemetryHealth';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import {
  RunningPrometheus,
  startPrometheus,
} from '../__testUtils__/prometheusHarness';
import { seedShop } from '../__testUtils__/shopFixtures';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { createRecommendationsRouter } from './recommendationsRouter';
import { RecommendationService } from './RecommendationService';
import { RecommendationStore } from './RecommendationStore';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const path = (name: string, query = '') =>
  `/services/component/default/${name}/slo-recommendations${query}`;

describe.each(databases.eachSupportedId())(
  'recommendations when Prometheus stops (%s)',
  id => {
    let prometheus: RunningPrometheus | undefined;
    afterEach(async () => {
      await prometheus?.stop();
      prometheus = undefined;
    });

    it('serves stored and generated recommendations with stale: true, never a 500', async () => {
      prometheus = await startPrometheus({
        openMetrics: { text: '# TYPE up gauge\nup 1 1790000000\n# EOF\n' },
      });
      const { knex, database } = await initDatabaseService(databases, id);
      const graph = await GraphStore.create({ database });
      const aggregates = await SliAggregateStore.create({ database });
      await seedShop(graph, aggregates);
      const logger = mockServices.logger.mock();
      const client = PrometheusClient.create({
        config: {
          baseUrl: prometheus.baseUrl,
          requestTimeoutMs: 2_000,
          headers: {},
          retry: { attempts: 0, initialDelayMs: 0, factor: 1 },
        },
        logger,
      });
      const telemetry = new TelemetryHealth({
        db: knex,
        prometheus: client,
        maxAgeMs: 2 * 3_600_000,
        logger,
      });
      const readiness = new ReadinessChecker(knex, client, [], telemetry);
      const service = new RecommendationService({
        store: await RecommendationStore.create({ database }),
        graph,
        aggregates,
        telemetry,
        logger,
      });
      const app = express()
        .use(
          createRecommendationsRouter({
            store: graph,
            httpAuth: mockServices.httpAuth(),
            permissions: mockServices.permissions(),
            recommendations: service,
          }),
        )
        .use(mockErrorHandler());

      const up = await request(app).get(path('checkout'));
      expect(up.status).toBe(200);
      expect(up.body.stale).toBe(false);
      expect(up.headers.etag).toBe(`"${up.body.recommendation_id}"`);

      const notModified = await request(app)
        .get(path('checkout'))
        .set('If-None-Match', up.headers.etag);
      expect(notModified.status).toBe(304);

      await prometheus.stop();
      // What the periodic probe (or a readiness check) does next.
      expect((await readiness.check()).checks.prometheus.status).toBe('error');

      const cached = await request(app).get(path('checkout'));
      expect(cached.status).toBe(200);
      expect(cached.body).toMatchObject({
        recommendation_id: up.body.recommendation_id,
        stale: true,
      });
      expect(cached.body.stale_reason).toMatch(
        /^Prometheus unreachable since \d{4}-\d\d-\d\dT\d\d:\d\dZ \(ECONNREFUSED\); telemetry last aggregated at \d{4}-\d\d-\d\dT\d\d:\d\dZ$/,
      );
      expect(cached.headers.etag).not.toBe(`"${up.body.recommendation_id}"`);

      // Nothing stored for cart: generated from the stored aggregates.
      const generated = await request(app).get(path('cart'));
      expect(generated.status).toBe(200);
      expect(generated.body).toMatchObject({
        service_id: 'component:default/cart',
        stale: true,
      });

      const forced = await request(app).get(
        path('checkout', '?force_regenerate=true'),
      );
      expect(forced.status).toBe(200);
      expect(forced.body.stale).toBe(true);
      expect(forced.body.recommendation_id).not.toBe(up.body.recommendation_id);

      // Without a readiness check the service's own probe notices as well.
      await telemetry.refresh();
      expect(
        (await request(app).get(path('checkout'))).body.stale_reason,
      ).toContain('ECONNREFUSED');
    });
  },
);
