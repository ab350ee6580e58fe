import type { GeneratedAlertRules, SloAlertSpec } from '../types';
import { asInputError } from './exportErrors';
import {
  AlertExport,
  AlertExportOptions,
  generatorNotes,
  resolveExportOptions,
} from './exportOptions';
import {
  asLabelValue,
  assertUniqueNames,
  dnsLabel,
  entityLabels,
  entityName,
} from './names';
import { kubernetesMetadata } from './prometheusOperator';
import { PyrraIndicator, pyrraIndicator } from './pyrraIndicator';

/** A Pyrra `pyrra.dev/v1alpha1` ServiceLevelObjective. @public */
export interface PyrraServiceLevelObjective {
  apiVersion: 'pyrra.dev/v1alpha1';
  kind: 'ServiceLevelObjective';
  metadata: {
    name: string;
    namespace?: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  spec: {
    /** Percent as a string (CRDs have no floats), e.g. "99.9". */
    target: string;
    window: string;
    description: string;
    indicator: PyrraIndicator;
    alerting: {
      burnrates: boolean;
      absent: boolean;
      /** Only in the unmerged dynamic burn-rate branch of Pyrra (PR #1602). */
      burnRateType?: 'dynamic';
    };
  };
}

/** Pyrra copies labels and annotations with this prefix onto its rules. */
const PROPAGATE = 'pyrra.dev/';

function pyrraObject(
  spec: SloAlertSpec,
  generated: GeneratedAlertRules,
  options: { namespace?: string; labels?: Record<string, string> },
): PyrraServiceLevelObjective {
  const k8s = kubernetesMetadata({
    entityRefs: [spec.entityRef],
    owners: spec.owner ? [spec.owner] : [],
    labels: options.labels,
  });
  // Prometheus label names take no `-`, hence `_` in the propagated keys.
  const owner = spec.owner ? asLabelValue(entityName(spec.owner)) : undefined;
  const labels = {
    ...k8s.labels,
    ...entityLabels(PROPAGATE, '_', spec.entityRef),
    ...(owner ? { [`${PROPAGATE}owner`]: owner } : {}),
  };
  const annotations: Record<string, string> = {
    ...k8s.annotations,
    [`${PROPAGATE}entity_ref`]: spec.entityRef,
    ...(spec.owner ? { [`${PROPAGATE}owner_ref`]: spec.owner } : {}),
  };
  const note = generated.metadata.bucketNote
    ? ` Latency bucket: ${generated.metadata.bucketNote}.`
    : '';
  const dynamic = (spec.burnRateType ?? 'static') === 'dynamic';
  return {
    apiVersion: 'pyrra.dev/v1alpha1',
    kind: 'ServiceLevelObjective',
    metadata: {
      name: dnsLabel(spec.sloName),
      ...(options.namespace ? { namespace: options.namespace } : {}),
      labels,
      annotations,
    },
    spec: {
      target: String(Number((spec.objective * 100).toPrecision(12))),
      window: `${spec.windowDays}d`,
      description: `SLO ${spec.sloName} of ${spec.entityRef} (${spec.indicator.kind}), exported by the SLO engine.${note}`,
      indicator: asInputError(`SLO ${spec.sloName}`, () =>
        pyrraIndicator(spec.indicator),
      ),
      alerting: {
        burnrates: true,
        absent: true,
        ...(dynamic ? { burnRateType: 'dynamic' as const } : {}),
      },
    },
  };
}

/**
 * The `pyrra` format: one ServiceLevelObjective per SLO. Pyrra generates
 * its own recording rules and alerts from it, with its own window pairs.
 * @public
 */
export function exportPyrra(
  options: AlertExportOptions,
): AlertExport<PyrraServiceLevelObjective> {
  const resolved = resolveExportOptions(options);
  const { specs, generated } = resolved;
  const documents = specs.map((spec, i) =>
    pyrraObject(spec, generated[i], resolved),
  );
  assertUniqueNames(
    'Pyrra ServiceLevelObjective',
    documents.map((d, i) => ({
      name: d.metadata.name,
      source: `SLO ${specs[i].sloName} (spec ${i + 1})`,
    })),
  );
  const notes = [
    "Pyrra derives its own window pairs from its 28-day set (factors 14, 7, 2, 1) scaled to the window: for 30 days its windows are 1h4m, 6h26m, 1d1h43m and 4d6h51m, not this engine's 30-day pairs. Its severities are critical and warning, not page and ticket.",
    'Pyrra has no minimum-traffic guard.',
    ...specs.flatMap(s =>
      (s.burnRateType ?? 'static') === 'dynamic'
        ? [
            `${s.sloName}: spec.alerting.burnRateType: dynamic is only understood by Pyrra's unmerged dynamic burn-rate branch (PR #1602); released Pyrra drops the field and alerts with static thresholds.`,
          ]
        : [],
    ),
    ...generatorNotes(generated),
  ];
  return { format: 'pyrra', documents, notes };
}
