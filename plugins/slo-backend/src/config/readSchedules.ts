import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** Schedules of the engine's background tasks, with defaults applied. */
export interface SloSchedules {
  catalogSync: SchedulerServiceTaskScheduleDefinition;
  serviceGraphDiscovery: SchedulerServiceTaskScheduleDefinition;
  aggregation: SchedulerServiceTaskScheduleDefinition;
  recommendationRefresh: SchedulerServiceTaskScheduleDefinition;
  errorBudgets: SchedulerServiceTaskScheduleDefinition;
  alertRuleSync: SchedulerServiceTaskScheduleDefinition;
  driftDetection: SchedulerServiceTaskScheduleDefinition;
  dashboardRefresh: SchedulerServiceTaskScheduleDefinition;
}

const DEFAULT_RECOMMENDATION_REFRESH: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 30 },
  initialDelay: { minutes: 2 },
  scope: 'global',
};

// Budgets move with every request: refresh the fleet view often, cheaply.
const DEFAULT_ERROR_BUDGETS: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 4 },
  initialDelay: { seconds: 40 },
  scope: 'global',
};

const DEFAULT_ALERT_RULE_SYNC: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 2 },
  initialDelay: { seconds: 20 },
  scope: 'global',
};

// Drift must reach owners within 30 minutes of a change (AC-009).
const DEFAULT_DRIFT_DETECTION: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 15 },
  timeout: { minutes: 10 },
  initialDelay: { minutes: 1 },
  scope: 'global',
};

const DEFAULT_DASHBOARD_REFRESH: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 15 },
  timeout: { minutes: 10 },
  initialDelay: { minutes: 3 },
  scope: 'global',
};

const DEFAULT_AGGREGATION: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 30 },
  initialDelay: { seconds: 30 },
  scope: 'global',
};

const DEFAULT_SERVICE_GRAPH_DISCOVERY: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 15 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 45 },
    scope: 'global',
  };

const DEFAULT_CATALOG_SYNC: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 15 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 15 },
  scope: 'global',
};

function readSchedule(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  const section = config.getOptionalConfig(key);
  if (!section) return fallback;
  const schedule =
    readSchedulerServiceTaskScheduleDefinitionFromConfig(section);
  // Batch jobs must not run once per replica unless an operator says so.
  return { ...schedule, scope: schedule.scope ?? 'global' };
}

export function readSchedules(config: Config): SloSchedules {
  return {
    catalogSync: readSchedule(
      config,
      'slo.schedule.catalogSync',
      DEFAULT_CATALOG_SYNC,
    ),
    serviceGraphDiscovery: readSchedule(
      config,
      'slo.schedule.serviceGraphDiscovery',
      DEFAULT_SERVICE_GRAPH_DISCOVERY,
    ),
    aggregation: readSchedule(
      config,
      'slo.schedule.aggregation',
      DEFAULT_AGGREGATION,
    ),
    recommendationRefresh: readSchedule(
      config,
      'slo.schedule.recommendationRefresh',
      DEFAULT_RECOMMENDATION_REFRESH,
    ),
    errorBudgets: readSchedule(
      config,
      'slo.schedule.errorBudgets',
      DEFAULT_ERROR_BUDGETS,
    ),
    alertRuleSync: readSchedule(
      config,
      'slo.schedule.alertRuleSync',
      DEFAULT_ALERT_RULE_SYNC,
    ),
    driftDetection: readSchedule(
      config,
      'slo.schedule.driftDetection',
      DEFAULT_DRIFT_DETECTION,
    ),
    dashboardRefresh: readSchedule(
      config,
      'slo.schedule.dashboardRefresh',
      DEFAULT_DASHBOARD_REFRESH,
    ),
  };
}
