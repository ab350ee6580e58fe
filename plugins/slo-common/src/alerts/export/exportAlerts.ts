import type { AlertExportFormat } from './exportFormats';
import type { AlertExport, AlertExportOptions } from './exportOptions';
import { exportOpenSlo } from './openslo';
import { exportPrometheusOperatorRule } from './prometheusOperator';
import { exportPrometheusRules } from './prometheusRuleFile';
import { exportPyrra } from './pyrra';
import { exportSloth } from './sloth';

const CONVERTERS: Record<
  AlertExportFormat,
  (options: AlertExportOptions) => AlertExport
> = {
  prometheus: exportPrometheusRules,
  'prometheus-operator': exportPrometheusOperatorRule,
  openslo: exportOpenSlo,
  sloth: exportSloth,
  pyrra: exportPyrra,
};

/**
 * Converts the specs to one format. Throws AlertExportInputError (HTTP 400)
 * for options or specs the format cannot take, AlertExportConflictError
 * (409) when two SLOs would share a name.
 * @public
 */
export function exportAlerts(
  format: AlertExportFormat,
  options: AlertExportOptions,
): AlertExport {
  return CONVERTERS[format](options);
}
