import {
  SloGraphSource,
  SloGraphSourceExtensionPoint,
  SloMetricSource,
  SloMetricSourceExtensionPoint,
} from '@slo-engine/plugin-slo-node';

/**
 * Collects the metric and graph sources that backend modules register
 * through the plugin's extension points before it initialises.
 */
export class SourceRegistry
  implements SloMetricSourceExtensionPoint, SloGraphSourceExtensionPoint
{
  private readonly metricSources = new Map<string, SloMetricSource>();
  private readonly graphSources = new Map<string, SloGraphSource>();
  private locked = false;

  addMetricSource(...sources: SloMetricSource[]): void {
    for (const source of sources) {
      this.add(this.metricSources, source, 'metric');
    }
  }

  addGraphSource(...sources: SloGraphSource[]): void {
    for (const source of sources) {
      this.add(this.graphSources, source, 'graph');
    }
  }

  /** Called once the plugin initialises: later registrations are a bug. */
  lock(): void {
    this.locked = true;
  }

  getMetricSources(): SloMetricSource[] {
    return [...this.metricSources.values()];
  }

  getGraphSources(): SloGraphSource[] {
    return [...this.graphSources.values()];
  }

  private add<T extends { id: string }>(
    into: Map<string, T>,
    source: T,
    what: string,
  ) {
    if (this.locked) {
      throw new Error(
        `SLO ${what} source '${source.id}' was registered after the slo plugin started`,
      );
    }
    if (into.has(source.id)) {
      throw new Error(`SLO ${what} source '${source.id}' is registered twice`);
    }
    into.set(source.id, source);
  }
}
