import { DependencySpec, ServiceSpec } from './fleet';

/** A plain service for tests: no seasonality, 50 ms median. */
export function svc(
  name: string,
  dependencies: DependencySpec[] = [],
  extra: Partial<ServiceSpec> = {},
): ServiceSpec {
  return {
    name,
    kind: 'service',
    requestRate: 1,
    errorRatio: 0,
    latency: { medianSeconds: 0.05, sigma: 0.5 },
    dependencies,
    ...extra,
  };
}
