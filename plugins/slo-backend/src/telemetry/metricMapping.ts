import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { SLO_ANNOTATIONS } from '@slo-engine/plugin-slo-common';
import { assertNoPersonalData } from './personalData';
import {
  assertMetricName,
  equalityMatcher,
  joinMatchers,
  LabelMatcher,
} from './promqlEscape';
import { TelemetryMappingConfig } from './readTelemetryConfig';
import { validateSelector } from './validateSelector';

/** The series of one entity. Every string is escaped, validated PromQL. */
export interface TelemetryMapping {
  entityRef: string;
  serviceLabel: string;
  /** Unescaped value of the service label. */
  serviceLabelValue: string;
  /** All matchers, service first, e.g. `service="checkout",env="prod"`. */
  matchers: string;
  /** `matchers` without the service matcher (global, then entity); may be empty. */
  extraMatchers: string;
  totalMetric: string;
  /** Matchers that select failed requests, e.g. `code=~"5.."`. */
  errorSelector: string;
  bucketMetric: string;
  /** Whether Prometheus has series for it; set once queried. */
  hasTelemetry?: boolean;
}

/** An entity whose annotations cannot be turned into safe queries. */
export interface TelemetryMappingFailure {
  entityRef: string;
  error: string;
  hasTelemetry?: boolean;
}

export type EntityTelemetryMapping = TelemetryMapping | TelemetryMappingFailure;

export function isMappingFailure(
  m: EntityTelemetryMapping,
): m is TelemetryMappingFailure {
  return 'error' in m;
}

const METRIC_KEYS = { total: 'totalMetric', latency: 'bucketMetric' } as const;

function parseMetricOverrides(
  value: string,
  entityRef: string,
): { totalMetric?: string; bucketMetric?: string } {
  const annotation = SLO_ANNOTATIONS.prometheusMetrics;
  const result: { totalMetric?: string; bucketMetric?: string } = {};
  for (const raw of value.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim() : '';
    const field = METRIC_KEYS[key as keyof typeof METRIC_KEYS];
    if (!field) {
      throw new InputError(
        `${entityRef}: annotation ${annotation}: "${line}" is not "total: <metric>" or "latency: <bucket metric>"`,
      );
    }
    if (result[field]) {
      throw new InputError(
        `${entityRef}: annotation ${annotation}: ${key} is given twice`,
      );
    }
    result[field] = assertMetricName(
      line.slice(colon + 1).trim(),
      `${entityRef}: annotation ${annotation}: ${key}`,
    );
  }
  return result;
}

function parseEntitySelector(
  value: string,
  entityRef: string,
  serviceLabel: string,
): LabelMatcher[] {
  const annotation = SLO_ANNOTATIONS.prometheusSelector;
  const parsed = validateSelector(value, { entityRef, annotation });
  if (parsed.metricName !== undefined) {
    throw new InputError(
      `${entityRef}: annotation ${annotation} must not name a metric; use ${SLO_ANNOTATIONS.prometheusMetrics}`,
    );
  }
  for (const m of parsed.matchers) {
    if (m.label === serviceLabel) {
      throw new InputError(
        `${entityRef}: annotation ${annotation} must not match ${serviceLabel}; use ${SLO_ANNOTATIONS.prometheusService}`,
      );
    }
    const plain = m.op.endsWith('~')
      ? m.value.replace(/\\(.)/g, '$1')
      : m.value;
    assertNoPersonalData(plain, { entityRef, annotation });
  }
  return parsed.matchers;
}

function mapOrThrow(
  entity: Entity,
  config: TelemetryMappingConfig,
): TelemetryMapping {
  const entityRef = stringifyEntityRef(entity);
  const annotations = entity.metadata.annotations ?? {};
  const serviceOverride =
    annotations[SLO_ANNOTATIONS.prometheusService]?.trim();
  if (serviceOverride === '') {
    throw new InputError(
      `${entityRef}: annotation ${SLO_ANNOTATIONS.prometheusService} is empty`,
    );
  }
  const serviceLabelValue = serviceOverride ?? entity.metadata.name;
  assertNoPersonalData(serviceLabelValue, {
    entityRef,
    annotation: serviceOverride
      ? SLO_ANNOTATIONS.prometheusService
      : 'metadata.name',
  });

  const selector = annotations[SLO_ANNOTATIONS.prometheusSelector];
  const entityMatchers =
    selector === undefined
      ? []
      : parseEntitySelector(selector, entityRef, config.serviceLabel);
  const metrics = annotations[SLO_ANNOTATIONS.prometheusMetrics];
  const overrides =
    metrics === undefined ? {} : parseMetricOverrides(metrics, entityRef);

  const extraMatchers = joinMatchers([
    ...config.extraMatchers,
    ...entityMatchers,
  ]);
  const service = equalityMatcher(config.serviceLabel, serviceLabelValue);
  return {
    entityRef,
    serviceLabel: config.serviceLabel,
    serviceLabelValue,
    matchers: extraMatchers ? `${service},${extraMatchers}` : service,
    extraMatchers,
    totalMetric: overrides.totalMetric ?? config.availability.totalMetric,
    errorSelector: config.availability.errorSelector,
    bucketMetric: overrides.bucketMetric ?? config.latency.bucketMetric,
  };
}

/**
 * Which series belong to an entity: the service label value (entity name
 * or `slo-engine.io/prometheus-service`), extra matchers from config and
 * `slo-engine.io/prometheus-selector`, and metric names from config or
 * `slo-engine.io/prometheus-metrics`. Never throws: an entity with invalid
 * annotations gets an `error` instead.
 */
export function mapEntityTelemetry(
  entity: Entity,
  config: TelemetryMappingConfig,
): EntityTelemetryMapping {
  try {
    return mapOrThrow(entity, config);
  } catch (e) {
    return {
      entityRef: stringifyEntityRef(entity),
      error: e instanceof Error ? e.message : String(e),
    };
  }
}

/** `total{matchers}`: all requests of the entity. */
export function totalSelector(m: TelemetryMapping): string {
  return `${m.totalMetric}{${m.matchers}}`;
}

/** `total{matchers,errors}`: failed requests of the entity. */
export function errorSelector(m: TelemetryMapping): string {
  return `${m.totalMetric}{${m.matchers},${m.errorSelector}}`;
}

/** `bucket{matchers}`: latency histogram buckets of the entity. */
export function bucketSelector(m: TelemetryMapping): string {
  return `${m.bucketMetric}{${m.matchers}}`;
}
