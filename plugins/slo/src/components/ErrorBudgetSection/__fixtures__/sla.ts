import { SlaEntityReport, SlaTargetState } from '@slo-engine/plugin-slo-common';

/*
 * An annotation target of 99.5 % on 2026-03-21 (20 finished days in
 * March). March is docs/sla.md's open-month example: 900 failed requests
 * of a 0.5 % × 200,000 = 1,000 budget, 90 % spent, so at risk.
 */

export const slaTarget: SlaTargetState = {
  service_id: 'component:default/checkout',
  target_percent: 99.5,
  source: 'annotation',
  api: null,
  annotation: { target_percent: 99.5, issue: null },
  slo_availability_percent: 99.9,
  warnings: [],
};

export const noSlaTarget: SlaTargetState = {
  ...slaTarget,
  target_percent: null,
  source: null,
  annotation: null,
};

export const invalidSlaAnnotation: SlaTargetState = {
  ...noSlaTarget,
  annotation: {
    target_percent: null,
    issue: '"99,5" is not a percentage such as 99.5',
  },
  warnings: [
    'annotation slo-engine.io/sla-target is ignored: "99,5" is not a percentage such as 99.5',
  ],
};

export const slaReport: SlaEntityReport = {
  service_id: 'component:default/checkout',
  target_percent: 99.5,
  target_source: 'annotation',
  generated_at: '2026-03-21T12:00:00.000Z',
  months: [
    {
      month: '2026-03',
      target_percent: 99.5,
      actual_percent: 99.55,
      good: 199100,
      total: 200000,
      status: 'at_risk',
      deficit_pp: 0,
      final: false,
      days_with_data: 20,
      days_elapsed: 20,
      data_coverage_percent: 100,
    },
    {
      month: '2026-02',
      target_percent: 99.5,
      actual_percent: 99.6,
      good: 278880,
      total: 280000,
      status: 'met',
      deficit_pp: 0,
      final: true,
      days_with_data: 28,
      days_elapsed: 28,
      data_coverage_percent: 100,
    },
    {
      // 307,830 / 310,000 = 99.3 %: 0.2 pp short of the target.
      month: '2026-01',
      target_percent: 99.5,
      actual_percent: 99.3,
      good: 307830,
      total: 310000,
      status: 'failed',
      deficit_pp: 0.2,
      final: true,
      days_with_data: 31,
      days_elapsed: 31,
      data_coverage_percent: 100,
    },
    {
      month: '2025-12',
      target_percent: 99.5,
      actual_percent: 99.6,
      good: 298800,
      total: 300000,
      status: 'met',
      deficit_pp: 0,
      final: true,
      days_with_data: 30,
      days_elapsed: 31,
      data_coverage_percent: 96.774194,
    },
  ],
};
