import {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { createDashboardServices } from './createDashboardServices';
import { DashboardRefreshTask } from './DashboardRefreshTask';
import { TaskTrigger } from '../scheduling/TaskTrigger';

/**
 * The dashboard's store, refreshed on the `dashboardRefresh` schedule and,
 * through `refreshSoon`, as soon as recommendations or decisions change.
 */
export async function wireDashboard(
  deps: Parameters<typeof createDashboardServices>[0] & {
    scheduler: SchedulerService;
    schedule: SchedulerServiceTaskScheduleDefinition;
  },
) {
  const { store, refresh } = await createDashboardServices(deps);
  await deps.scheduler.scheduleTask({
    id: DashboardRefreshTask.id,
    ...deps.schedule,
    fn: () => refresh.run().then(() => undefined),
  });
  const trigger = new TaskTrigger({
    scheduler: deps.scheduler,
    taskId: DashboardRefreshTask.id,
    logger: deps.logger,
  });
  // Resolves once the run is asked for (after a run in progress, if any);
  // never rejects. Callers inside a task must not wait for it.
  return { store, refreshSoon: () => trigger.trigger() };
}
