import { DependencySpec, Fleet, IncidentSpec, ServiceSpec } from './fleet';
import { Rng } from './rng';

const HOUR = 3600;
const DAY = 86400;

export interface SyntheticFleetOptions {
  /** Number of services (1,000+ for benchmarks). */
  services: number;
  seed: number;
  /** Number of dependency layers (default: about log2(services) / 1.5, 2 to 8). */
  layers?: number;
  /** Most dependencies per service (default 4). */
  maxDependencies?: number;
}

/** Default number of layers for a fleet of n services. */
export function defaultLayerCount(n: number): number {
  return Math.min(8, Math.max(2, Math.round(Math.log2(Math.max(2, n)) / 1.5)));
}

/** Layer of service `index`: layers are consecutive index ranges, 0 = edge. */
export function syntheticLayerOf(
  index: number,
  n: number,
  layers: number,
): number {
  return Math.floor((index * layers) / n);
}

const logUniform = (rng: Rng, low: number, high: number) =>
  low * Math.exp(rng.next() * Math.log(high / low));

function randomIncident(rng: Rng): IncidentSpec {
  const durations = [10 * 60, 2 * HOUR, DAY];
  return {
    offset: -Math.floor((1 + rng.next() * 29) * DAY),
    durationSeconds: durations[Math.floor(rng.next() * durations.length)],
    extraErrorRatio: 0.01 + rng.next() * 0.29,
    latencyMultiplier: 1 + rng.next() * 2,
  };
}

/**
 * A random but deterministic fleet: services `svc-0000`, `svc-0001`, ... in
 * layers, each depending only on services of deeper layers, so the graph is
 * acyclic. About a tenth have an incident, a twentieth a latency regression,
 * a fiftieth are young; a fifth of the deepest layer are resources.
 */
export function syntheticFleet(options: SyntheticFleetOptions): Fleet {
  const n = Math.floor(options.services);
  if (!(n >= 1)) throw new Error('services must be >= 1');
  const layers = Math.min(n, options.layers ?? defaultLayerCount(n));
  const maxDeps = options.maxDependencies ?? 4;
  const rng = new Rng(options.seed);
  const width = Math.max(4, String(n - 1).length);
  const name = (i: number) => `svc-${String(i).padStart(width, '0')}`;
  const firstOfLayer = (layer: number) => Math.ceil((layer * n) / layers);

  const services: ServiceSpec[] = [];
  for (let i = 0; i < n; i++) {
    const layer = syntheticLayerOf(i, n, layers);
    const deeper = firstOfLayer(layer + 1);
    const dependencies: DependencySpec[] = [];
    if (layer < layers - 1 && deeper < n) {
      const wanted = 1 + Math.floor(rng.next() * maxDeps);
      const targets = new Set<number>();
      for (
        let tries = 0;
        targets.size < wanted && tries < wanted * 4;
        tries++
      ) {
        // Mostly the next layer, sometimes any deeper one.
        const end = rng.next() < 0.7 ? Math.min(n, firstOfLayer(layer + 2)) : n;
        targets.add(deeper + Math.floor(rng.next() * (end - deeper)));
      }
      const redundant = targets.size >= 2 && rng.next() < 0.05;
      [...targets]
        .sort((a, b) => a - b)
        .forEach((t, k) => {
          const soft = rng.next() < 0.1;
          dependencies.push({
            target: name(t),
            propagation: soft ? 0 : 0.2 + rng.next() * 0.8,
            callsPerRequest: 0.2 + rng.next() * 1.8,
            redundancyGroup: redundant && k < 2 ? 'replicas' : undefined,
          });
        });
    }
    const isResource = layer === layers - 1 && rng.next() < 0.2;
    const spec: ServiceSpec = {
      name: name(i),
      entityRef: `${isResource ? 'resource' : 'component'}:default/${name(i)}`,
      kind: isResource ? 'resource' : 'service',
      requestRate: logUniform(rng, 0.05, 200),
      errorRatio: logUniform(rng, 1e-4, 5e-3),
      latency: {
        medianSeconds: logUniform(rng, 0.005, 0.4),
        sigma: 0.3 + rng.next() * 0.5,
      },
      dependencies,
      seasonality: {
        dailyAmplitude: rng.next() * 0.5,
        peakHourUtc: Math.floor(rng.next() * 24),
        weekendFactor: 0.5 + rng.next() * 0.7,
      },
    };
    if (rng.next() < 0.1) spec.incidents = [randomIncident(rng)];
    if (rng.next() < 0.05) {
      spec.deployments = [
        {
          offset: -Math.floor((1 + rng.next() * 20) * DAY),
          latencyMultiplier: 1.2 + rng.next() * 0.4,
        },
      ];
    }
    if (rng.next() < 0.02)
      spec.birthOffset = -Math.floor((1 + rng.next() * 19) * DAY);
    services.push(spec);
  }
  return { services };
}
