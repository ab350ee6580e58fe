import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AggregationTask } from '../../aggregation/AggregationTask';
import { SliAggregateStore } from '../../aggregation/SliAggregateStore';
import { readAggregationConfig } from '../../config/readAggregationConfig';
import { DriftConfig } from '../../config/readDriftConfig';
import { CatalogSyncTask } from '../../graph/CatalogSyncTask';
import { GraphStore } from '../../graph/GraphStore';
import { SloStore } from '../../lifecycle/SloStore';
import { SloNotifier } from '../../notifications/SloNotifier';
import { PrometheusClient } from '../../prometheus/PrometheusClient';
import { RecommendationService } from '../../recommendations/RecommendationService';
import { RecommendationStore } from '../../recommendations/RecommendationStore';
import { readTelemetryConfig } from '../../telemetry/readTelemetryConfig';
import {
  createTestDatabases,
  initDatabaseService,
} from '../../__testUtils__/testDatabases';
import { DriftDetectionTask } from '../DriftDetectionTask';
import { DriftPointReader } from '../DriftPointReader';
import { DriftStore } from '../DriftStore';

/**
 * The drift job wired to real stores, a real recommendation service and
 * the given Prometheus; only the notifications backend is a recording fake.
 */
export async function driftHarness(options: {
  databases: ReturnType<typeof createTestDatabases>;
  databaseId: Parameters<typeof initDatabaseService>[1];
  prometheusUrl: string;
  entities: Entity[];
  config: DriftConfig;
  /** Aggregates (for recommendations) are computed as of this time. */
  aggregateAt: Date;
}) {
  const { database } = await initDatabaseService(
    options.databases,
    options.databaseId,
  );
  const logger = mockServices.logger.mock();
  const auth = mockServices.auth();
  const catalog = catalogServiceMock({ entities: options.entities });
  const prometheus = PrometheusClient.create({
    config: {
      baseUrl: options.prometheusUrl,
      requestTimeoutMs: 30_000,
      headers: {},
    },
    logger,
  });
  const mapping = readTelemetryConfig(new ConfigReader({}));
  const graph = await GraphStore.create({ database });
  await CatalogSyncTask.create({ catalog, auth, store: graph, logger }).run();
  const aggregates = await SliAggregateStore.create({ database });
  await new AggregationTask({
    catalog,
    auth,
    prometheus,
    store: aggregates,
    mapping,
    config: readAggregationConfig(new ConfigReader({})),
    logger,
  }).run(options.aggregateAt);
  const recommendations = new RecommendationService({
    store: await RecommendationStore.create({ database }),
    graph,
    aggregates,
    logger,
  });
  const slos = await SloStore.create({ database });
  const sent: { entityRef: string; title: string; description: string }[] = [];
  const notifier = new SloNotifier(
    {
      send: async ({ recipients, payload }) => {
        sent.push({
          entityRef: (recipients as { entityRef: string }).entityRef,
          title: payload.title,
          description: payload.description ?? '',
        });
      },
    },
    logger,
  );
  const store = await DriftStore.create({ database });
  const task = new DriftDetectionTask({
    catalog,
    auth,
    mapping,
    reader: new DriftPointReader(prometheus, {
      stepSeconds: options.config.stepSeconds,
      minEventsPerLatencyPoint: options.config.minEventsPerLatencyPoint,
      maxPointsPerQuery: 10_000,
    }),
    store,
    graph,
    recommendations,
    slos,
    notifier,
    config: options.config,
    logger,
  });
  return { task, store, recommendations, slos, sent, logger };
}
