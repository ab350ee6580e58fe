import {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readAlertingConfig } from '../config/readAlertingConfig';
import { GraphStore } from '../graph/GraphStore';
import { SloStore } from '../lifecycle/SloStore';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { readTelemetryConfig } from '../telemetry/readTelemetryConfig';
import { AlertReplayService } from './replay/AlertReplayService';
import { createAlertSpecSource } from './specs/createAlertSpecSource';
import { AlertRuleSyncTask } from './sync/AlertRuleSyncTask';
import { TaskTrigger } from '../scheduling/TaskTrigger';

/**
 * Alert rules of active SLOs: the spec source every alerting feature reads,
 * replay when Prometheus is configured, and the rule-file sync task when
 * `slo.alerting.ruleFile` is set.
 */
export async function wireAlerting(deps: {
  config: Config;
  slos: SloStore;
  graph: GraphStore;
  catalog: CatalogService;
  auth: AuthService;
  prometheus?: PrometheusClient;
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  logger: LoggerService;
}) {
  const { scheduler, logger } = deps;
  const alerting = readAlertingConfig(deps.config);
  const alertSpecs = createAlertSpecSource({
    slos: deps.slos,
    graph: deps.graph,
    catalog: deps.catalog,
    auth: deps.auth,
    telemetry: readTelemetryConfig(deps.config),
    alerting,
    prometheus: deps.prometheus,
    logger,
  });
  let onSloChanged: ((entityRef: string) => void) | undefined;
  if (alerting.ruleFile) {
    const ruleSync = new AlertRuleSyncTask({
      specs: alertSpecs,
      ...alerting.ruleFile,
      logger,
    });
    await scheduler.scheduleTask({
      id: AlertRuleSyncTask.id,
      ...deps.schedule,
      fn: () => ruleSync.run().then(() => undefined),
    });
    // Owners see their new SLO's alerts in Prometheus within seconds.
    const syncSoon = new TaskTrigger({
      scheduler,
      taskId: AlertRuleSyncTask.id,
      logger,
    });
    onSloChanged = () => void syncSoon.trigger();
  }
  const alertReplay =
    deps.prometheus && new AlertReplayService({ prometheus: deps.prometheus });
  return { alertSpecs, onSloChanged, alertReplay };
}
