import {
  BurnRateType,
  LabelMatcher as SpecMatcher,
  sloRuleName,
} from '@slo-engine/plugin-slo-common';
import type { StoredSlo } from '../../lifecycle/types';
import type { TelemetryMapping } from '../../telemetry/metricMapping';
import { LabelMatcher } from '../../telemetry/promqlEscape';
import { validateMatchers } from '../../telemetry/validateSelector';
import type { ResolvedSloSpec, SliKey } from './types';

/** Latency targets and the share of requests each promises to be fast. */
const LATENCY_SLIS: Array<{ key: SliKey; name: string; objective: number }> = [
  { key: 'latency_p95_ms', name: 'latency-p95', objective: 0.95 },
  { key: 'latency_p99_ms', name: 'latency-p99', objective: 0.99 },
  { key: 'latency_p999_ms', name: 'latency-p999', objective: 0.999 },
];

export interface BuildAlertSpecsInput {
  slo: StoredSlo;
  telemetry: TelemetryMapping;
  owner?: string;
  burnRateType: BurnRateType;
  minTrafficEvents: number;
  backstageBaseUrl?: string;
  /**
   * Bucket boundaries (seconds) of the entity's latency histogram, or why
   * they are unknown. Without them no latency rule is generated: a guessed
   * `le` that matches no series would count every request as slow.
   */
  buckets: number[] | { unknown: string };
}

const toSpecMatchers = (ms: LabelMatcher[]): SpecMatcher[] =>
  ms.map(m => ({ name: m.label, op: m.op, value: m.value }));

/**
 * The alert specs of one active SLO: availability as a ratio of failed
 * requests, each latency target `pXX ≤ T ms` as "XX% of requests finish
 * within T" on the classic histogram. Returns notes for SLIs left out.
 */
export function buildAlertSpecs(input: BuildAlertSpecsInput): {
  specs: ResolvedSloSpec[];
  notes: string[];
} {
  const { slo, telemetry } = input;
  const matchers = toSpecMatchers(validateMatchers(telemetry.matchers));
  const base = {
    entityRef: slo.entityRef,
    ...(input.owner ? { owner: input.owner } : {}),
    windowDays: slo.windowDays,
    burnRateType: input.burnRateType,
    minTrafficEvents: input.minTrafficEvents,
    ...(input.backstageBaseUrl
      ? { backstageBaseUrl: input.backstageBaseUrl }
      : {}),
  };
  const specs: ResolvedSloSpec[] = [];
  const notes: string[] = [];

  const availability = slo.targets.availability;
  if (availability !== undefined) {
    const errors = toSpecMatchers(validateMatchers(telemetry.errorSelector));
    specs.push({
      sli: 'availability',
      spec: {
        ...base,
        sloName: sloRuleName(slo.entityRef, 'availability'),
        objective: Number((availability / 100).toPrecision(12)),
        indicator: {
          kind: 'ratio',
          total: { metric: telemetry.totalMetric, matchers },
          errors: {
            metric: telemetry.totalMetric,
            matchers: [...matchers, ...errors],
          },
        },
      },
    });
  }

  for (const { key, name, objective } of LATENCY_SLIS) {
    const targetMs = slo.targets[key as keyof StoredSlo['targets']];
    if (targetMs === undefined) continue;
    if (!Array.isArray(input.buckets)) {
      notes.push(`${name} has no alert rules: ${input.buckets.unknown}`);
      continue;
    }
    specs.push({
      sli: key,
      spec: {
        ...base,
        sloName: sloRuleName(slo.entityRef, name),
        objective,
        indicator: {
          kind: 'latency-classic',
          bucketMetric: telemetry.bucketMetric,
          matchers,
          thresholdSeconds: targetMs / 1000,
          buckets: input.buckets,
        },
      },
    });
  }
  return { specs, notes };
}
