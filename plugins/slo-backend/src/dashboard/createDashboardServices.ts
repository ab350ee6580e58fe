import {
  AuthService,
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { SliAggregateStore } from '../aggregation/SliAggregateStore';
import type { GraphStore } from '../graph/GraphStore';
import type { SloStore } from '../lifecycle/SloStore';
import { catalogCriticality } from './catalogCriticality';
import { DashboardFactsReader } from './DashboardFactsReader';
import { DashboardRefreshTask } from './DashboardRefreshTask';
import { DashboardStore } from './DashboardStore';

/**
 * The dashboard's store and its refresh task over the plugin's database;
 * criticality annotations are read from the catalog as the plugin itself.
 */
export async function createDashboardServices(deps: {
  database: DatabaseService;
  catalog: CatalogService;
  auth: AuthService;
  graph: Pick<GraphStore, 'model'>;
  aggregates: Pick<SliAggregateStore, 'listStatuses' | 'list'>;
  slos: Pick<SloStore, 'listActive'>;
  logger: LoggerService;
  /** `readAggregationConfig(config).refreshWindowMs`. */
  lateDataMs?: number;
}): Promise<{ store: DashboardStore; refresh: DashboardRefreshTask }> {
  const store = await DashboardStore.create({ database: deps.database });
  const refresh = new DashboardRefreshTask({
    graph: deps.graph,
    criticality: catalogCriticality(deps),
    aggregates: deps.aggregates,
    slos: deps.slos,
    facts: await DashboardFactsReader.create({ database: deps.database }),
    store,
    logger: deps.logger,
    lateDataMs: deps.lateDataMs,
  });
  return { store, refresh };
}
