import { AlertExportFormat } from '@slo-engine/plugin-slo-common';

/**
 * What each export format keeps of the engine's rules, in one sentence for
 * the format picker. Condensed from docs/alert-exports.md ("Lost or
 * changed"), which has the details.
 */
export const EXPORT_FORMAT_LOSSES: Record<AlertExportFormat, string> = {
  prometheus:
    'Nothing is lost: the recording and alerting rule groups exactly as the engine generates them.',
  'prometheus-operator':
    'Nothing is lost: the same rule groups inside a PrometheusRule object for the Prometheus operator.',
  openslo:
    'Dynamic burn rates cannot be expressed (conditions carry the static factors and are annotated as dynamic); each condition keeps one window, the short one only as an annotation; the minimum-traffic guard is only an annotation.',
  sloth:
    'Loses dynamic burn rates, the minimum-traffic guard, the for: delays and the absent-metric alert; an SLO window other than 30 days needs the AlertWindows catalogue that follows in the file as a comment, saved as its own file.',
  pyrra:
    'Pyrra picks its own window pairs and severities (critical, warning) and has no minimum-traffic guard; dynamic burn rates exist only in an unreleased Pyrra branch, so released Pyrra alerts on static thresholds.',
};
