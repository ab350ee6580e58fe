import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { AlertingConfig } from '../../config/readAlertingConfig';
import type { GraphStore } from '../../graph/GraphStore';
import type { SloStore } from '../../lifecycle/SloStore';
import type { PrometheusClient } from '../../prometheus/PrometheusClient';
import type { TelemetryMappingConfig } from '../../telemetry/readTelemetryConfig';
import { ActiveSloSpecResolver } from './ActiveSloSpecResolver';
import { HistogramBucketReader } from './HistogramBucketReader';

/** The spec source with entities read from the catalog as the plugin. */
export function createAlertSpecSource(deps: {
  slos: SloStore;
  graph: GraphStore;
  catalog: CatalogService;
  auth: AuthService;
  telemetry: TelemetryMappingConfig;
  alerting: AlertingConfig;
  prometheus?: PrometheusClient;
  logger: LoggerService;
}): ActiveSloSpecResolver {
  return new ActiveSloSpecResolver({
    slos: deps.slos,
    graph: deps.graph,
    loadEntities: async entityRefs => {
      if (entityRefs.length === 0) return [];
      const { items } = await deps.catalog.getEntitiesByRefs(
        { entityRefs },
        { credentials: await deps.auth.getOwnServiceCredentials() },
      );
      return items;
    },
    telemetry: deps.telemetry,
    alerting: deps.alerting,
    buckets: new HistogramBucketReader(deps.prometheus),
    logger: deps.logger,
  });
}
