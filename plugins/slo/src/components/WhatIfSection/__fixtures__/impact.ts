import { ImpactAnalysisResponse } from '@slo-engine/plugin-slo-common';

/**
 * Checkout (active target 99.9%) proposed at 99.5%. Storefront calls
 * checkout and a catalog service at 99.95% (hard, sync) and a
 * recommendations service without any availability; mobile-bff calls the
 * storefront (target 99.5%); reports reads checkout's events only.
 *
 *   storefront  now 0.999 × 0.9995 = 0.9985005 → 99.8501
 *               after 0.995 × 0.9995 = 0.9945025 → 99.4503, delta -0.3998
 *               99.4503 < its 99.5 target: at risk
 *   mobile-bff  now 0.995 × 0.9985005 = 0.9935080 → 99.3508
 *               after 0.995 × 0.9945025 = 0.9895300 → 98.9530, delta -0.3978
 *               no SLO: at risk is null
 *   reports     async only: 100 → 100
 */
export const checkoutImpact: ImpactAnalysisResponse = {
  analysis_id: '3f2b8c1e-7d4a-4e6b-9a0c-5e1d2f3a4b6c',
  service_id: 'component:default/checkout',
  proposed_change: {
    sli_type: 'availability',
    current_target: 99.9,
    proposed_target: 99.5,
  },
  impacted_services: [
    {
      service_id: 'component:default/storefront',
      relationship: 'upstream',
      via: 'hard',
      current_composite_availability: 99.8501,
      projected_composite_availability: 99.4503,
      delta: -0.3998,
      current_slo_target: 99.5,
      slo_at_risk: true,
      already_below_target: false,
      risk_detail: 'Composite drops below the SLO target: 99.450% < 99.50%.',
      cycles: [],
      unknown_dependencies: 1,
    },
    {
      service_id: 'component:default/mobile-bff',
      relationship: 'upstream (transitive)',
      via: 'hard',
      current_composite_availability: 99.3508,
      projected_composite_availability: 98.953,
      delta: -0.3978,
      current_slo_target: null,
      slo_at_risk: null,
      already_below_target: false,
      risk_detail:
        'No active SLO to compare with; composite moves from 99.350% to 98.952%.',
      cycles: [],
      unknown_dependencies: 1,
    },
    {
      service_id: 'component:default/reports',
      relationship: 'upstream',
      via: 'soft-or-async',
      current_composite_availability: 100,
      projected_composite_availability: 100,
      delta: 0,
      current_slo_target: 99,
      slo_at_risk: false,
      already_below_target: false,
      risk_detail:
        'Depends on component:default/checkout only through soft, degraded or asynchronous edges, which the composite leaves out.',
      cycles: [],
      unknown_dependencies: 0,
    },
  ],
  cycles: [],
  unknown_availability: ['component:default/recommendations'],
  summary: {
    total_impacted: 3,
    slos_at_risk: 1,
    recommendation:
      'Reducing component:default/checkout to 99.50% lowers the composite of 2 of 3 upstream services and puts 1 SLO at risk of breach.',
  },
  graph_snapshot_id: 'f0a3c6de-5d0e-4b8e-9d36-0c2b1c8f4e11',
  generated_at: '2025-03-14T10:02:11.000Z',
};

/** Nothing calls checkout. */
export const noUpstreamImpact: ImpactAnalysisResponse = {
  ...checkoutImpact,
  analysis_id: '8a9b0c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d',
  impacted_services: [],
  unknown_availability: [],
  summary: {
    total_impacted: 0,
    slos_at_risk: 0,
    recommendation:
      'Reducing component:default/checkout to 99.50% affects no other service: nothing depends on it.',
  },
};
