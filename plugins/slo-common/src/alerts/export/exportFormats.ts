import { z } from 'zod';

/**
 * Formats the alert rules of active SLOs can be exported in.
 * @public
 */
export type AlertExportFormat =
  | 'prometheus'
  | 'prometheus-operator'
  | 'openslo'
  | 'sloth'
  | 'pyrra';

/** Every export format, in the order a menu should list them. @public */
export const ALERT_EXPORT_FORMATS: readonly AlertExportFormat[] = [
  'prometheus',
  'prometheus-operator',
  'openslo',
  'sloth',
  'pyrra',
];

/** For validating a `format` query parameter. @public */
export const alertExportFormatSchema = z.enum([
  'prometheus',
  'prometheus-operator',
  'openslo',
  'sloth',
  'pyrra',
]);

/** How a format is served and what it holds. @public */
export interface AlertExportFormatInfo {
  title: string;
  /** Suffix for the suggested file name, e.g. `.rules.yaml`. */
  fileExtension: string;
  contentType: string;
  /** Several YAML documents (`---`) in one file. */
  multiDocument: boolean;
  /** Uses the `namespace` and `labels` export options. */
  kubernetes: boolean;
  /** Rules this engine generated (true), or a spec another tool turns into rules. */
  engineRules: boolean;
}

const YAML = 'application/yaml; charset=utf-8';

/** @public */
export const ALERT_EXPORT_FORMAT_INFO: Record<
  AlertExportFormat,
  AlertExportFormatInfo
> = {
  prometheus: {
    title: 'Prometheus rule file',
    fileExtension: '.rules.yaml',
    contentType: YAML,
    multiDocument: false,
    kubernetes: false,
    engineRules: true,
  },
  'prometheus-operator': {
    title: 'PrometheusRule (Prometheus operator)',
    fileExtension: '.prometheusrule.yaml',
    contentType: YAML,
    multiDocument: false,
    kubernetes: true,
    engineRules: true,
  },
  openslo: {
    title: 'OpenSLO v1',
    fileExtension: '.openslo.yaml',
    contentType: YAML,
    multiDocument: true,
    kubernetes: false,
    engineRules: false,
  },
  sloth: {
    title: 'Sloth prometheus/v1 specs',
    fileExtension: '.sloth.yaml',
    contentType: YAML,
    multiDocument: true,
    kubernetes: false,
    engineRules: false,
  },
  pyrra: {
    title: 'Pyrra ServiceLevelObjectives',
    fileExtension: '.pyrra.yaml',
    contentType: YAML,
    multiDocument: true,
    kubernetes: true,
    engineRules: false,
  },
};

/** @public */
export function isAlertExportFormat(value: string): value is AlertExportFormat {
  return (ALERT_EXPORT_FORMATS as readonly string[]).includes(value);
}
