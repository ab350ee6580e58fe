import { AuthService, DatabaseService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { GraphStore } from '../graph/GraphStore';
import { SloStore } from '../lifecycle/SloStore';
import { catalogSlaAnnotations } from './catalogSlaAnnotations';
import { SlaMonthReader } from './SlaMonthReader';
import { SlaReportService } from './SlaReportService';
import { SlaTargetService } from './SlaTargetService';
import { SlaTargetStore } from './SlaTargetStore';

/**
 * The SLA target and report services over the plugin's database, with
 * annotations read from the catalog as the plugin itself.
 */
export async function createSlaServices(deps: {
  database: DatabaseService;
  catalog: CatalogService;
  auth: AuthService;
  graph: GraphStore;
  slos: Pick<SloStore, 'activeSlo'>;
  /** `readAggregationConfig(config).dailyRetentionMs`. */
  dailyRetentionMs: number;
  /** For tests; defaults to the wall clock. */
  clock?: () => Date;
}): Promise<{ targets: SlaTargetService; reports: SlaReportService }> {
  const clock = deps.clock ?? (() => new Date());
  const store = await SlaTargetStore.create({ database: deps.database, clock });
  const annotations = catalogSlaAnnotations(deps);
  const targets = new SlaTargetService({
    store,
    annotations,
    graph: deps.graph,
    slos: deps.slos,
  });
  const reports = new SlaReportService({
    targets,
    store,
    annotations,
    graph: deps.graph,
    reader: await SlaMonthReader.create({ database: deps.database }),
    dailyRetentionMs: deps.dailyRetentionMs,
    clock,
  });
  return { targets, reports };
}
