import {
  AuthService,
  DatabaseService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readAggregationConfig } from '../config/readAggregationConfig';
import { readDriftConfig } from '../config/readDriftConfig';
import { GraphStore } from '../graph/GraphStore';
import { SloStore } from '../lifecycle/SloStore';
import { SloNotifier } from '../notifications/SloNotifier';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { RecommendationService } from '../recommendations/RecommendationService';
import { readTelemetryConfig } from '../telemetry/readTelemetryConfig';
import { DriftDetectionTask } from './DriftDetectionTask';
import { DriftPointReader } from './DriftPointReader';
import { DriftStore } from './DriftStore';

/**
 * The drift store, and the drift job when Prometheus is configured and
 * `slo.drift.enabled` is not false.
 */
export async function wireDriftDetection(deps: {
  config: Config;
  database: DatabaseService;
  catalog: CatalogService;
  auth: AuthService;
  prometheus?: PrometheusClient;
  graph: GraphStore;
  recommendations: RecommendationService;
  slos: SloStore;
  notifier: SloNotifier;
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  logger: LoggerService;
}): Promise<DriftStore> {
  const store = await DriftStore.create({ database: deps.database });
  const config = readDriftConfig(deps.config);
  if (!deps.prometheus || !config.enabled) return store;
  const task = new DriftDetectionTask({
    ...deps,
    mapping: readTelemetryConfig(deps.config),
    reader: new DriftPointReader(deps.prometheus, {
      stepSeconds: config.stepSeconds,
      minEventsPerLatencyPoint: config.minEventsPerLatencyPoint,
      maxPointsPerQuery: readAggregationConfig(deps.config).maxPointsPerQuery,
    }),
    store,
    config,
  });
  await deps.scheduler.scheduleTask({
    id: DriftDetectionTask.id,
    ...deps.schedule,
    fn: () => task.run().then(() => undefined),
  });
  return store;
}
