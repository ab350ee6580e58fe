import {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { createDashboardServices } from './createDashboardServices';
import { DashboardRefreshTask } from './DashboardRefreshTask';

/** The dashboard's store, refreshed on the `dashboardRefresh` schedule. */
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
  return store;
}
