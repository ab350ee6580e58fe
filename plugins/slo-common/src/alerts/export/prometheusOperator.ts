import type { PrometheusRuleGroup } from '../types';
import {
  AlertExport,
  AlertExportOptions,
  generatorNotes,
  resolveExportOptions,
} from './exportOptions';
import { asLabelValue, dnsLabel, entityLabels, entityName } from './names';
import { mergeRuleFiles } from './prometheusRuleFile';

/** Label and annotation prefix of the objects the engine writes. @public */
export const SLO_ENGINE_K8S_PREFIX = 'slo-engine.io/';

/**
 * A `monitoring.coreos.com/v1` PrometheusRule, as the Prometheus operator
 * reads it.
 * @public
 */
export interface PrometheusOperatorRule {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'PrometheusRule';
  metadata: {
    name: string;
    namespace?: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  spec: { groups: PrometheusRuleGroup[] };
}

/**
 * Labels and annotations shared by the Kubernetes formats: who manages the
 * object and, where label syntax allows, which entity and owner it is for.
 * Full refs (`component:default/x` is not a label value) go in annotations.
 */
export function kubernetesMetadata(options: {
  entityRefs: string[];
  owners: string[];
  labels?: Record<string, string>;
}): { labels: Record<string, string>; annotations: Record<string, string> } {
  const p = SLO_ENGINE_K8S_PREFIX;
  const entities = [...new Set(options.entityRefs)].sort();
  const owners = [...new Set(options.owners)].sort();
  const labels: Record<string, string> = {
    'app.kubernetes.io/managed-by': 'slo-engine',
    ...(entities.length === 1 ? entityLabels(p, '-', entities[0]) : {}),
  };
  const owner =
    owners.length === 1 ? asLabelValue(entityName(owners[0])) : undefined;
  if (owner) labels[`${p}owner`] = owner;
  const annotations: Record<string, string> = {
    [`${p}entity-refs`]: entities.join(', '),
  };
  if (owners.length > 0) annotations[`${p}owner-refs`] = owners.join(', ');
  return { labels: { ...labels, ...options.labels }, annotations };
}

/**
 * The `prometheus-operator` format: one PrometheusRule holding the rule
 * groups of every SLO. Its name comes from `options.name` (or the entity or
 * owner ref), sanitised to an RFC 1123 label of at most 63 characters with
 * a hash suffix when cut, so the same subject always gets the same name.
 * @public
 */
export function exportPrometheusOperatorRule(
  options: AlertExportOptions,
): AlertExport<PrometheusOperatorRule> {
  const resolved = resolveExportOptions(options);
  const { specs, generated } = resolved;
  const { labels, annotations } = kubernetesMetadata({
    entityRefs: specs.map(s => s.entityRef),
    owners: specs.flatMap(s => (s.owner ? [s.owner] : [])),
    labels: resolved.labels,
  });
  const rule: PrometheusOperatorRule = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: {
      name: dnsLabel(`${resolved.name}-slo-rules`),
      ...(resolved.namespace ? { namespace: resolved.namespace } : {}),
      labels,
      annotations,
    },
    spec: { groups: mergeRuleFiles(generated).groups },
  };
  return {
    format: 'prometheus-operator',
    documents: [rule],
    notes: generatorNotes(generated),
  };
}
