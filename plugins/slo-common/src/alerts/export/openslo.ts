import { burnRateWindowPairs } from '../windows';
import type { GeneratedAlertRules, SloAlertSpec } from '../types';
import {
  AlertExport,
  AlertExportOptions,
  generatorNotes,
  resolveExportOptions,
} from './exportOptions';
import { assertUniqueNames, dnsLabel } from './names';
import {
  openSloAlertDocuments,
  openSloNotificationTargets,
} from './opensloAlerting';
import { openSloRatioMetric } from './opensloIndicator';
import type { OpenSloDocument } from './opensloTypes';
import { SLO_ENGINE_K8S_PREFIX as P } from './prometheusOperator';

/** Objects of one kind in OpenSLO are limited to 1050 characters of text. */
function description(text: string): string {
  return text.length <= 1050 ? text : `${text.slice(0, 1049)}…`;
}

/** OpenSLO (Go SDK) limits `displayName` to 63 characters. */
function displayName(text: string): string {
  return text.length <= 63 ? text : `${text.slice(0, 62)}…`;
}

function entityAnnotations(spec: SloAlertSpec): Record<string, string> {
  return {
    [`${P}entity-ref`]: spec.entityRef,
    ...(spec.owner ? { [`${P}owner-ref`]: spec.owner } : {}),
  };
}

function serviceDocument(spec: SloAlertSpec): OpenSloDocument {
  return {
    apiVersion: 'openslo/v1',
    kind: 'Service',
    metadata: {
      name: dnsLabel(spec.entityRef),
      displayName: displayName(spec.entityRef),
      labels: { 'managed-by': 'slo-engine' },
      annotations: entityAnnotations(spec),
    },
    spec: {
      description: description(
        `Backstage entity ${spec.entityRef}${
          spec.owner ? `, owned by ${spec.owner}` : ''
        }.`,
      ),
    },
  };
}

function sloDocuments(
  spec: SloAlertSpec,
  generated: GeneratedAlertRules,
): OpenSloDocument[] {
  const burnRateType = spec.burnRateType ?? 'static';
  const { pairs } = burnRateWindowPairs(
    spec.windowDays,
    spec.objective,
    'static',
  );
  const sliName = dnsLabel(`${spec.sloName}-sli`);
  const alerting = openSloAlertDocuments(spec, pairs);
  const note = generated.metadata.bucketNote
    ? ` Latency bucket: ${generated.metadata.bucketNote}.`
    : '';
  const sli: OpenSloDocument = {
    apiVersion: 'openslo/v1',
    kind: 'SLI',
    metadata: {
      name: sliName,
      displayName: displayName(`${spec.sloName} SLI`),
    },
    spec: {
      description: description(
        `${spec.indicator.kind} indicator of ${spec.entityRef}.${note}`,
      ),
      ratioMetric: openSloRatioMetric(spec.indicator),
    },
  };
  const slo: OpenSloDocument = {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: {
      name: dnsLabel(spec.sloName),
      displayName: displayName(spec.sloName),
      labels: { 'managed-by': 'slo-engine', 'burn-rate-type': burnRateType },
      annotations: entityAnnotations(spec),
    },
    spec: {
      description: description(
        `SLO ${spec.sloName} of ${spec.entityRef}: ${spec.objective} of events good over a rolling ${spec.windowDays}-day window.${note}`,
      ),
      service: dnsLabel(spec.entityRef),
      indicatorRef: sliName,
      timeWindow: [{ duration: `${spec.windowDays}d`, isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [
        { displayName: displayName(spec.sloName), target: spec.objective },
      ],
      alertPolicies: alerting.policyNames.map(alertPolicyRef => ({
        alertPolicyRef,
      })),
    },
  };
  return [sli, ...alerting.documents, slo];
}

/**
 * The `openslo` format: OpenSLO v1 documents. A `Service` per entity, and
 * per SLO an `SLI` (ratio of counters), the `SLO` (Occurrences over a
 * rolling window, target as a ratio) and, since an OpenSLO AlertPolicy holds
 * one condition, an `AlertPolicy` plus `AlertCondition` per window pair,
 * with shared `AlertNotificationTarget`s per severity. Documents come in
 * reference order: whatever is referred to comes first.
 * @public
 */
export function exportOpenSlo(
  options: AlertExportOptions,
): AlertExport<OpenSloDocument> {
  const { specs, generated } = resolveExportOptions(options);
  const services = new Map<string, OpenSloDocument>();
  for (const spec of specs) {
    if (!services.has(spec.entityRef)) {
      services.set(spec.entityRef, serviceDocument(spec));
    }
  }
  const perSlo = specs.map((spec, i) => ({
    source: `SLO ${spec.sloName} (spec ${i + 1})`,
    documents: sloDocuments(spec, generated[i]),
  }));
  const named = [
    ...[...services.entries()].map(([ref, d]) => ({ source: ref, d })),
    ...perSlo.flatMap(({ source, documents: docs }) =>
      docs.map(d => ({ source, d })),
    ),
  ];
  for (const kind of new Set(named.map(n => n.d.kind))) {
    assertUniqueNames(
      `OpenSLO ${kind}`,
      named
        .filter(n => n.d.kind === kind)
        .map(n => ({ name: n.d.metadata.name, source: n.source })),
    );
  }
  const documents = [
    ...services.values(),
    ...openSloNotificationTargets(specs),
    ...perSlo.flatMap(p => p.documents),
  ];
  const notes = [
    'OpenSLO burn-rate conditions watch one window: the short window of each pair is kept in the slo-engine.io/short-window annotation only.',
    'OpenSLO allows one condition per AlertPolicy, so every window pair is its own AlertPolicy.',
    ...specs.flatMap(s =>
      (s.burnRateType ?? 'static') === 'dynamic'
        ? [
            `${s.sloName}: OpenSLO has no traffic-aware thresholds; the conditions carry the static burn-rate factors and the dynamic formula is in the AlertPolicy annotations.`,
          ]
        : [],
    ),
    ...specs.flatMap(s =>
      (s.minTrafficEvents ?? 0) > 0
        ? [
            `${s.sloName}: the minimum-traffic guard (${s.minTrafficEvents} events) has no OpenSLO field; it is kept as an annotation.`,
          ]
        : [],
    ),
    ...generatorNotes(generated),
  ];
  return { format: 'openslo', documents, notes };
}
