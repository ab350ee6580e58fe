import type { StoredSlo } from '../../lifecycle/types';
import type { EntitySloSpecs } from '../../alerts/specs/types';
import type { ErrorBudgetSnapshot } from '../types';

export const NOW = new Date('2026-03-01T12:00:00.000Z');
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** A stored snapshot with hand-picked numbers: 99.9% over 30 d, 60% used. */
export function snapshot(
  overrides: Partial<ErrorBudgetSnapshot> = {},
): ErrorBudgetSnapshot {
  return {
    entityRef: 'component:default/checkout',
    sloId: 'slo-checkout-1',
    owner: 'group:default/payments',
    system: 'system:default/shop',
    sli: 'availability',
    objective: 0.999,
    windowDays: 30,
    totalEvents: 1_000_000,
    allowedEvents: 1_000,
    consumedEvents: 600,
    remainingEvents: 400,
    allowedMinutes: 43.2,
    consumedMinutes: 25.92,
    remainingMinutes: 17.28,
    consumedShare: 0.6,
    burnRates: [
      {
        long: '1h',
        short: '5m',
        longRate: 2,
        shortRate: 0,
        factor: 14.4,
        severity: 'page',
      },
      { long: '6h', short: '30m', factor: 6, severity: 'page' },
    ],
    projectionBurnRate: 1.5,
    exhaustsAt: new Date(NOW.getTime() + 8 * DAY_MS),
    status: 'warning',
    computedAt: NOW,
    ...overrides,
  };
}

/** A no-data snapshot as the job stores it: no counts, a note. */
export function noDataSnapshot(
  overrides: Partial<ErrorBudgetSnapshot> = {},
): ErrorBudgetSnapshot {
  const {
    totalEvents,
    allowedEvents,
    consumedEvents,
    remainingEvents,
    consumedMinutes,
    remainingMinutes,
    consumedShare,
    projectionBurnRate,
    exhaustsAt,
    ...rest
  } = snapshot();
  return {
    ...rest,
    burnRates: [{ long: '1h', short: '5m', factor: 14.4, severity: 'page' }],
    status: 'no_data',
    note: 'no samples over the 30d SLO window',
    ...overrides,
  };
}

export function activeSlo(overrides: Partial<StoredSlo> = {}): StoredSlo {
  return {
    id: 'slo-checkout-1',
    entityRef: 'component:default/checkout',
    status: 'active',
    targets: { availability: 99.9, latency_p99_ms: 300 },
    windowDays: 30,
    source: 'recommendation_accepted',
    activatedAt: new Date(NOW.getTime() - 40 * DAY_MS),
    activatedBy: 'user:default/alice',
    ...overrides,
  };
}

/**
 * Specs of an entity whose series use the default telemetry config:
 * `http_server_requests_total{service="<service>"}` with `code=~"5.."`
 * errors and the `http_server_request_duration_seconds_bucket` histogram.
 */
export function entitySpecs(options: {
  service: string;
  slo: StoredSlo;
  owner?: string;
  system?: string;
  /** Histogram boundaries in seconds, for latency targets. */
  buckets?: number[];
}): EntitySloSpecs {
  const { service, slo } = options;
  const entityRef = slo.entityRef;
  const matchers = [{ name: 'service', op: '=' as const, value: service }];
  const base = { entityRef, windowDays: slo.windowDays };
  const specs: EntitySloSpecs['specs'] = [];
  if (slo.targets.availability !== undefined) {
    specs.push({
      sli: 'availability',
      spec: {
        ...base,
        sloName: `${service}-availability`,
        objective: Number((slo.targets.availability / 100).toPrecision(12)),
        indicator: {
          kind: 'ratio',
          total: { metric: 'http_server_requests_total', matchers },
          errors: {
            metric: 'http_server_requests_total',
            matchers: [...matchers, { name: 'code', op: '=~', value: '5..' }],
          },
        },
      },
    });
  }
  const latency = [
    ['latency_p95_ms', 0.95],
    ['latency_p99_ms', 0.99],
    ['latency_p999_ms', 0.999],
  ] as const;
  for (const [sli, objective] of latency) {
    const ms = slo.targets[sli];
    if (ms === undefined) continue;
    specs.push({
      sli,
      spec: {
        ...base,
        sloName: `${service}-${sli}`,
        objective,
        indicator: {
          kind: 'latency-classic',
          bucketMetric: 'http_server_request_duration_seconds_bucket',
          matchers,
          thresholdSeconds: ms / 1000,
          buckets: options.buckets ?? [0.1, 0.25, 0.5, 1],
        },
      },
    });
  }
  return {
    entityRef,
    slo,
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.system ? { system: options.system } : {}),
    telemetry: {
      entityRef,
      serviceLabel: 'service',
      serviceLabelValue: service,
      matchers: `service="${service}"`,
      extraMatchers: '',
      totalMetric: 'http_server_requests_total',
      errorSelector: 'code=~"5.."',
      bucketMetric: 'http_server_request_duration_seconds_bucket',
    },
    specs,
    notes: [],
  };
}
