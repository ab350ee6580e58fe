import { createHash } from 'node:crypto';
import { generateSeries } from './generate';
import { dependencyCycles } from './graph';
import { openMetricsText } from './openmetrics';
import {
  defaultLayerCount,
  syntheticFleet,
  syntheticLayerOf,
} from './syntheticFleet';

const END = 1_795_270_800;

function sha256(pieces: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const p of pieces) hash.update(p);
  return hash.digest('hex');
}

describe('syntheticFleet', () => {
  const fleet = syntheticFleet({ services: 1000, seed: 5 });

  it('builds 1,000 services in acyclic layers', () => {
    expect(fleet.services).toHaveLength(1000);
    expect(fleet.services[0].name).toBe('svc-0000');
    const layers = defaultLayerCount(1000);
    expect(layers).toBe(7); // round(log2(1000) / 1.5) = round(6.64)
    const index = new Map(fleet.services.map((s, i) => [s.name, i]));
    let edges = 0;
    fleet.services.forEach((s, i) => {
      for (const d of s.dependencies) {
        const target = index.get(d.target)!;
        expect(syntheticLayerOf(target, 1000, layers)).toBeGreaterThan(
          syntheticLayerOf(i, 1000, layers),
        );
        edges++;
      }
    });
    expect(edges).toBeGreaterThan(1000);
    expect(dependencyCycles(fleet)).toEqual([]);
    const deepest = fleet.services.filter(
      (_, i) => syntheticLayerOf(i, 1000, layers) === layers - 1,
    );
    expect(deepest.every(s => s.dependencies.length === 0)).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticFleet({ services: 1000, seed: 5 })).toEqual(fleet);
    expect(syntheticFleet({ services: 1000, seed: 6 })).not.toEqual(fleet);
  });

  it('mixes in incidents, regressions, young services and resources', () => {
    const count = (f: (s: (typeof fleet.services)[number]) => boolean) =>
      fleet.services.filter(f).length;
    expect(count(s => (s.incidents ?? []).length > 0)).toBeGreaterThan(50);
    expect(count(s => (s.deployments ?? []).length > 0)).toBeGreaterThan(20);
    expect(count(s => s.birthOffset !== undefined)).toBeGreaterThan(5);
    expect(count(s => s.kind === 'resource')).toBeGreaterThan(5);
  });

  it('generates byte-identical OpenMetrics for the same seed, in bounded chunks', () => {
    const options = {
      fleet,
      start: END - 1800,
      end: END,
      stepSeconds: 60,
      seed: 5,
    };
    const first = sha256(openMetricsText(generateSeries(options)));
    let largest = 0;
    let blocks = 0;
    const chunked = [
      ...generateSeries({ ...options, maxChunkValues: 100_000 }),
    ].map(b => {
      largest = Math.max(largest, b.values.length);
      blocks++;
      return b;
    });
    expect(largest).toBeLessThanOrEqual(5); // ~20,000 series: floor(100,000 / series) steps
    expect(blocks).toBeGreaterThan(100_000);
    expect(chunked.length).toBe(blocks);
    expect(sha256(openMetricsText(generateSeries(options)))).toBe(first);
    expect(
      sha256(openMetricsText(generateSeries({ ...options, seed: 6 }))),
    ).not.toBe(first);
  });
});
