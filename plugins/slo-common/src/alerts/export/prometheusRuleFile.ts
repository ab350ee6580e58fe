import type { GeneratedAlertRules, PrometheusRuleFile } from '../types';
import { AlertExportConflictError } from './exportErrors';
import {
  AlertExport,
  AlertExportOptions,
  generatorNotes,
  resolveExportOptions,
} from './exportOptions';

/**
 * All rule groups of several SLOs in one Prometheus rule file. Group names
 * are `<slo>:<part>`, so they are unique as long as the SLO names are;
 * Prometheus refuses a file with a repeated group name, hence the check.
 * @public
 */
export function mergeRuleFiles(
  generated: GeneratedAlertRules[],
): PrometheusRuleFile {
  const owner = new Map<string, string>();
  for (const g of generated) {
    for (const group of g.ruleFile.groups) {
      const other = owner.get(group.name);
      if (other !== undefined) {
        throw new AlertExportConflictError(
          `rule group "${group.name}" appears twice (SLOs ${other} and ${g.metadata.sloName}); SLO names must be unique in one file`,
        );
      }
      owner.set(group.name, g.metadata.sloName);
    }
  }
  return { groups: generated.flatMap(g => g.ruleFile.groups) };
}

/**
 * The `prometheus` format: one rule file, recording and alerting rules of
 * every SLO, as `generateAlertRules` writes them.
 * @public
 */
export function exportPrometheusRules(
  options: AlertExportOptions,
): AlertExport<PrometheusRuleFile> {
  const { generated } = resolveExportOptions(options);
  return {
    format: 'prometheus',
    documents: [mergeRuleFiles(generated)],
    notes: generatorNotes(generated),
  };
}
