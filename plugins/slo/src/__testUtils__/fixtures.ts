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

/** A jest-mocked SloApi; tests override the methods they care about. */
export function mockSloApi(
  overrides: Partial<SloApi> = {},
): jest.Mocked<SloApi> {
  return {
    getReadiness: jest.fn(async () => healthyReport),
    getService: jest.fn(async () => checkoutSummary),
    ...overrides,
  } as jest.Mocked<SloApi>;
}
