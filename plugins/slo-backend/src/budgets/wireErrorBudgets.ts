import {
  DatabaseService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import type { AlertSpecSource } from '../alerts/specs/types';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { ErrorBudgetService } from './ErrorBudgetService';
import { ErrorBudgetStore } from './ErrorBudgetStore';
import { ErrorBudgetTask } from './ErrorBudgetTask';
import { readErrorBudgetConfig } from './readErrorBudgetConfig';

/** Live error budgets per entity and the scheduled fleet snapshots. */
export async function wireErrorBudgets(deps: {
  config: Config;
  database: DatabaseService;
  specs: AlertSpecSource;
  prometheus?: PrometheusClient;
  scheduler: SchedulerService;
  schedule: SchedulerServiceTaskScheduleDefinition;
  logger: LoggerService;
}) {
  const store = await ErrorBudgetStore.create({ database: deps.database });
  const config = readErrorBudgetConfig(deps.config);
  const { prometheus, specs, logger } = deps;
  if (prometheus) {
    const task = new ErrorBudgetTask({
      specs,
      prometheus,
      store,
      config,
      logger,
    });
    await deps.scheduler.scheduleTask({
      id: ErrorBudgetTask.id,
      ...deps.schedule,
      fn: () => task.run().then(() => undefined),
    });
  }
  const service = new ErrorBudgetService({ specs, store, prometheus, config });
  return { service, store };
}
