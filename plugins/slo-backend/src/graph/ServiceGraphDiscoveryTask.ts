import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceGraphConfig } from '../config/readServiceGraphConfig';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { GraphEdgeRecord, GraphNode } from './GraphNode';
import { GraphStore } from './GraphStore';

/** Calls per lookback window at which an observed edge is fully trusted. */
const FULL_CONFIDENCE_CALLS = 100;

/**
 * Reads OpenTelemetry service-graph edges (`client` → `server` call
 * counters) from Prometheus, upserts them with source `otel_service_graph`,
 * and marks runtime edges not seen within the staleness window as stale.
 */
export class ServiceGraphDiscoveryTask {
  static readonly id = 'slo-service-graph-discovery';

  constructor(
    private readonly prometheus: PrometheusClient,
    private readonly store: GraphStore,
    private readonly config: ServiceGraphConfig,
    private readonly logger: LoggerService,
  ) {}

  /** `now` is injectable so tests can read backfilled history. */
  async run(now: Date = new Date()) {
    const { metric, clientLabel, serverLabel, lookbackMs } = this.config;
    const window = `${Math.round(lookbackMs / 1000)}s`;
    const samples = await this.prometheus.query(
      `sum by (${clientLabel}, ${serverLabel}) (increase(${metric}[${window}]))`,
      now.getTime() / 1000,
    );
    const resolve = await this.resolver();
    const nodes = new Map<string, { source: GraphNode['source'] }>();
    const edges: GraphEdgeRecord[] = [];
    for (const s of samples) {
      const client = s.metric[clientLabel];
      const server = s.metric[serverLabel];
      if (!client || !server || !(s.value > 0)) continue;
      const from = resolve(client);
      const to = resolve(server);
      if (from === to) continue;
      nodes.set(from, { source: 'otel_service_graph' });
      nodes.set(to, { source: 'otel_service_graph' });
      edges.push({
        from,
        to,
        source: 'otel_service_graph',
        criticality: 'hard',
        communicationMode: 'sync',
        confidence: Math.max(0.1, Math.min(1, s.value / FULL_CONFIDENCE_CALLS)),
        lastObservedAt: now,
        stale: false,
      });
    }
    const result = await this.store.recordEdges({
      edges,
      nodes,
      reason: 'otel_service_graph',
    });
    const stale = await this.store.markStale(
      new Date(now.getTime() - this.config.stalenessMs),
    );
    this.logger.info(
      `Service graph discovery: ${edges.length} edges observed, ${result.nodesCreated} placeholder nodes, ${stale} edges became stale`,
    );
    return { observed: edges.length, nodesCreated: result.nodesCreated, stale };
  }

  /** Metric service name → entity ref: annotation first, then entity name. */
  private async resolver(): Promise<(name: string) => string> {
    const model = await this.store.model();
    const byMetric = new Map<string, string>();
    const byName = new Map<string, string>();
    for (const node of model.nodes) {
      if (node.metricName) byMetric.set(node.metricName, node.entityRef);
      if (!node.discovered && !byName.has(node.name)) {
        byName.set(node.name, node.entityRef);
      }
    }
    return name =>
      byMetric.get(name) ??
      byName.get(name.toLocaleLowerCase('en-US')) ??
      `component:default/${name
        .toLocaleLowerCase('en-US')
        .replace(/[^a-z0-9_.-]+/g, '-')}`;
  }
}
