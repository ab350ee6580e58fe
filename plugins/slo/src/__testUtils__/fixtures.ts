import { Entity } from '@backstage/catalog-model';
import { ReadinessReport, ServiceSummary } from '@slo-engine/plugin-slo-common';
import { SloApi } from '../api';

export const checkoutEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments' },
};

export const checkoutSummary: ServiceSummary = {
  entityRef: 'component:default/checkout',
  kind: 'component',
  namespace: 'default',
  name: 'checkout',
  type: 'service',
  owner: 'group:default/payments',
  system: 'system:default/shop',
  lifecycle: 'production',
};

export const healthyReport: ReadinessReport = {
  status: 'ok',
  checks: {
    database: { status: 'ok', latencyMs: 3 },
    prometheus: { status: 'ok', latencyMs: 12.6 },
  },
};

export const prometheusDownReport: ReadinessReport = {
  status: 'error',
  checks: {
    database: { status: 'ok', latencyMs: 3 },
    prometheus: {
      status: 'error',
      latencyMs: 5000,
      message: 'Prometheus did not answer within 5000 ms',
    },
  },
};

/**
 * A jest-mocked SloApi; tests override the methods they care about. Every
 * other method stays pending, so the sections using it show their loading
 * state.
 */
export function mockSloApi(
  overrides: Partial<SloApi> = {},
): jest.Mocked<SloApi> {
  const pending = new Proxy({} as Record<string, jest.Mock>, {
    get: (cache, name: string) => {
      cache[name] ??= jest.fn(() => new Promise(() => {}));
      return cache[name];
    },
  });
  const api = {
    getReadiness: jest.fn(async () => healthyReport),
    getService: jest.fn(async () => checkoutSummary),
    ...overrides,
  } as Record<string, unknown>;
  return new Proxy(api, {
    get: (target, name: string) => target[name] ?? pending[name],
  }) as unknown as jest.Mocked<SloApi>;
}
