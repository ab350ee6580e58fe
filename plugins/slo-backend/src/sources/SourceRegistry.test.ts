import { SloMetricSource } from '@slo-engine/plugin-slo-node';
import { SourceRegistry } from './SourceRegistry';

const source = (id: string): SloMetricSource => ({
  id,
  ping: async () => {},
  readEventCounts: async () => [],
  readLatencyQuantiles: async () => [],
});

describe('SourceRegistry', () => {
  it('keeps registration order and rejects duplicate ids', () => {
    const registry = new SourceRegistry();
    registry.addMetricSource(source('datadog'), source('cloudwatch'));
    expect(registry.getMetricSources().map(s => s.id)).toEqual([
      'datadog',
      'cloudwatch',
    ]);
    expect(() => registry.addMetricSource(source('datadog'))).toThrow(
      "SLO metric source 'datadog' is registered twice",
    );
  });

  it('refuses registrations once the plugin has started', () => {
    const registry = new SourceRegistry();
    registry.lock();
    expect(() =>
      registry.addGraphSource({
        id: 'istio',
        kind: 'service_mesh',
        readEdges: async () => [],
      }),
    ).toThrow(/after the slo plugin started/);
  });
});
