import {
  demoFleet,
  generateSeries,
  openMetricsText,
  SeriesBlock,
} from '@slo-engine/telemetry-generator';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { RunningPrometheus, startPrometheus } from './prometheusHarness';
import { clientFor } from './clientFor';

jest.setTimeout(60_000);

// Two days of the demo fleet at the demo's history step, ending at a fixed
// instant so the data is the same on every run.
const END = 1_790_006_400;
const options = {
  fleet: demoFleet(),
  start: END - 2 * 86_400,
  end: END,
  stepSeconds: 600,
  seed: 42,
};

const blocks: SeriesBlock[] = [...generateSeries(options)];
let prometheus: RunningPrometheus;
let client: PrometheusClient;

beforeAll(async () => {
  prometheus = await startPrometheus({
    openMetrics: { text: [...openMetricsText(blocks)].join('') },
  });
  client = clientFor(prometheus.baseUrl);
});
afterAll(() => prometheus?.stop());

function block(name: string, labels: Record<string, string>) {
  const found = blocks.find(
    b =>
      b.name === name &&
      Object.entries(labels).every(([k, v]) => b.labels[k] === v),
  );
  if (!found)
    throw new Error(`no generated series ${name} ${JSON.stringify(labels)}`);
  return found;
}

describe('demo telemetry served by Prometheus', () => {
  it('returns exactly the generated counter values', async () => {
    const generated = block('http_server_requests_total', {
      service: 'checkout',
      code: '200',
    });
    const last = generated.timestamps.length - 1;
    const at = generated.timestamps[last];
    const [sample] = await client.query(
      'http_server_requests_total{service="checkout",code="200"}',
      at,
    );
    expect(sample.value).toBe(generated.values[last]);

    const series = await client.queryRange(
      'http_server_requests_total{service="checkout",code="200"}',
      { start: at - 3_600, end: at, step: 600 },
    );
    expect(series[0].values.map(v => v.value)).toEqual(
      Array.from(generated.values.slice(last - 6, last + 1)),
    );
  });

  it('has one series per generated block, for every service', async () => {
    const names = new Set(
      blocks
        .filter(b => b.name === 'http_server_requests_total')
        .map(b => b.labels.service),
    );
    const served = await client.query(
      'count by (service) (http_server_requests_total)',
      END,
    );
    expect(new Set(served.map(s => s.metric.service))).toEqual(names);
  });
});
