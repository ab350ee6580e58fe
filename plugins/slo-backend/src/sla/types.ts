export type {
  SlaTargetSource,
  SlaTargetState,
  SlaTargetChangeBody,
  SlaMonthRow,
  SlaEntityReport,
  SlaFleetEntityRow,
  SlaFleetSummaryBody,
  SlaFleetMonth,
  SlaFleetReport,
} from '@slo-engine/plugin-slo-common';
