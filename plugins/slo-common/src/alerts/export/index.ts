export {
  AlertExportConflictError,
  AlertExportInputError,
} from './exportErrors';
export type {
  AlertExport,
  AlertExportExtraFile,
  AlertExportOptions,
} from './exportOptions';
export {
  ALERT_EXPORT_FORMATS,
  ALERT_EXPORT_FORMAT_INFO,
  alertExportFormatSchema,
  isAlertExportFormat,
} from './exportFormats';
export type { AlertExportFormat, AlertExportFormatInfo } from './exportFormats';
export { exportAlerts } from './exportAlerts';
export { exportPrometheusRules, mergeRuleFiles } from './prometheusRuleFile';
export {
  exportPrometheusOperatorRule,
  SLO_ENGINE_K8S_PREFIX,
} from './prometheusOperator';
export type { PrometheusOperatorRule } from './prometheusOperator';
export { exportOpenSlo } from './openslo';
export type {
  OpenSloDocument,
  OpenSloKind,
  OpenSloMetadata,
} from './opensloTypes';
export type {
  OpenSloMetricSource,
  OpenSloRatioMetric,
} from './opensloIndicator';
export { exportSloth } from './sloth';
export type { SlothAlert, SlothExport, SlothSlo, SlothSpec } from './sloth';
export type { SlothAlertWindows, SlothWindow } from './slothParts';
export { exportPyrra } from './pyrra';
export type { PyrraServiceLevelObjective } from './pyrra';
export type { PyrraIndicator } from './pyrraIndicator';
