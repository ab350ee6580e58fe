import {
  AvailabilityRecommendation,
  LatencyRecommendation,
  SloRecommendationResponse,
} from '@slo-engine/plugin-slo-common';

/**
 * Recommendation bodies as the backend serves them for checkout. The numbers
 * follow the worked example of docs/recommendations.md: 60 days of
 * 1,000,000 requests a day with two incidents give 99% / 99.5% / 99.9%, and
 * budgets of (1 − target) × 30 × 1440 minutes: 432, 216 and 43.2.
 */

export const availability: AvailabilityRecommendation = {
  sli_type: 'availability',
  metric: 'error_rate',
  tiers: {
    conservative: {
      target: 99,
      error_budget_monthly_minutes: 432,
      estimated_breach_probability: 0.012,
      confidence_interval: [99.41, 99.72],
    },
    balanced: {
      target: 99.5,
      error_budget_monthly_minutes: 216,
      estimated_breach_probability: 0.012,
      confidence_interval: [99.68, 99.86],
    },
    aggressive: {
      target: 99.9,
      error_budget_monthly_minutes: 43.2,
      estimated_breach_probability: 0.157,
      confidence_interval: [99.88, 99.95],
    },
  },
  explanation: {
    summary:
      "Balanced target 99.5%: from 60 days of history and the fleet's incident prior, checkout is expected to miss it in 1.2% of 30-day windows; the dependency chain allows at most 99.95%.",
    // Shapley values in ratio units; they sum to 0.995 − 0.999 = −0.004.
    feature_attribution: [
      {
        feature: 'historical_availability',
        value: 0.99793,
        baseline: 0.999,
        contribution: -0.004,
      },
      {
        feature: 'dependency_risk',
        value: 0.9995,
        baseline: 1,
        contribution: 0,
      },
      {
        feature: 'external_dependency_reliability',
        value: 1,
        baseline: 1,
        contribution: 0,
      },
      {
        feature: 'traffic_volume',
        value: 1_000_000,
        baseline: 1_000_000,
        contribution: 0,
      },
      {
        feature: 'seasonality',
        value: 0.08,
        baseline: 0,
        contribution: 0,
      },
    ],
    fleet_baseline_target: 99.9,
    dependency_impact: {
      composite_availability_bound: 99.95,
      bottleneck_service: 'component:default/payments',
      bottleneck_availability: 99.97,
      // (1 − 0.9997) / (1 − 0.995) = 0.06
      bottleneck_budget_share: 0.06,
      bottleneck_contribution: 'Consumes 6% of error budget at 99.5% target',
      bound_is_binding: false,
      confidence: 1,
      unknown_availability: [],
    },
    counterfactuals: [
      {
        condition:
          'If component:default/payments one nine better (99.97% → 99.997%)',
        result: 'Recommended balanced target would be 99.5%',
        balanced_target: 99.5,
        delta: 0,
      },
      {
        condition: 'If traffic doubled',
        result: 'Recommended balanced target would be 99.5%',
        balanced_target: 99.5,
        delta: 0,
      },
      {
        condition: 'If worst day (2025-04-23) removed',
        result: 'Recommended balanced target would be 99.9%',
        balanced_target: 99.9,
        delta: 0.4,
      },
    ],
  },
};

export const latency: LatencyRecommendation = {
  sli_type: 'latency',
  metric: 'p99_response_time_ms',
  source: 'data',
  tiers: {
    // 681.6 ms + 10% = 749.8 → rounded up to 750 ms.
    conservative: {
      target_ms: 750,
      percentile: 'p99.9',
      observed_ms: 681.6,
      noise_margin: 0.1,
      estimated_breach_probability: 0.0152,
      breaches: 0,
      windows: 32,
    },
    // 212.4 ms + 10% = 233.6 → 250 ms.
    balanced: {
      target_ms: 250,
      percentile: 'p99',
      observed_ms: 212.4,
      noise_margin: 0.1,
      estimated_breach_probability: 0.0152,
      breaches: 0,
      windows: 32,
    },
    // 118.3 ms, no margin → 150 ms.
    aggressive: {
      target_ms: 150,
      percentile: 'p95',
      observed_ms: 118.3,
      noise_margin: 0,
      estimated_breach_probability: 0.0152,
      breaches: 0,
      windows: 32,
    },
  },
  explanation: {
    summary:
      "Balanced target p99 ≤ 250 ms: the median window's p99 (212 ms) plus a 10% noise margin; it was exceeded in 0 of 32 windows.",
    note: "Conservative targets p99.9, balanced p99 and aggressive p95. A window's percentile is the traffic-weighted mean of its daily quantiles, an approximation: percentiles are not additive.",
  },
};

export const checkoutRecommendation: SloRecommendationResponse = {
  recommendation_id: '6f0c2b8e-4d1a-4c39-9a57-2f1e8b0c7d41',
  service_id: 'component:default/checkout',
  generated_at: '2025-06-02T06:00:00.000Z',
  expires_at: '2025-06-03T06:00:00.000Z',
  stale: false,
  lookback_window: {
    start: '2025-04-03T00:00:00.000Z',
    end: '2025-06-02T00:00:00.000Z',
    requested_days: 60,
    days: 60,
  },
  graph_snapshot_id: '0b7f9d6c-3e2a-4f51-8c4d-5a6b7c8d9e0f',
  archetype: {
    id: 'backend-service',
    label: 'backend service',
    reason: 'entity type "service" is a backend service',
  },
  cold_start: null,
  data_quality: {
    data_completeness: 1,
    confidence: 1,
    telemetry_gaps: [],
    confidence_note: 'Based on 60 of 60 days with data (100% complete)',
    telemetry_status: 'ok',
    data_days: 60,
    calendar_days: 60,
    low_confidence: false,
    low_confidence_reasons: [],
  },
  recommendations: [availability, latency],
};

/**
 * The same service behind payments at 99.5%: the bound 99.457% caps the
 * balanced and aggressive tiers at 99%, the coinciding conservative tier
 * steps down to 98%, and payments uses (1 − 0.995) / (1 − 0.99) = 50% of
 * the balanced budget.
 */
export const boundByPayments: SloRecommendationResponse = {
  ...checkoutRecommendation,
  recommendation_id: '1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6',
  recommendations: [
    {
      ...availability,
      tiers: {
        conservative: {
          target: 98,
          error_budget_monthly_minutes: 864,
          estimated_breach_probability: 0.0005,
          confidence_interval: [99.41, 99.72],
        },
        balanced: {
          target: 99,
          error_budget_monthly_minutes: 432,
          estimated_breach_probability: 0.012,
          confidence_interval: [99.68, 99.86],
          capped_by: 'composite-bound',
        },
        aggressive: {
          target: 99,
          error_budget_monthly_minutes: 432,
          estimated_breach_probability: 0.012,
          confidence_interval: [99.88, 99.95],
          capped_by: 'composite-bound',
        },
      },
      explanation: {
        ...availability.explanation,
        summary:
          "Balanced target 99%: from 60 days of history and the fleet's incident prior, checkout is expected to miss it in 1.2% of 30-day windows; the dependency chain allows at most 99.45%.",
        // Sum: 0.99 − 0.999 = −0.009.
        feature_attribution: [
          {
            feature: 'dependency_risk',
            value: 0.99457,
            baseline: 1,
            contribution: -0.0065,
          },
          {
            feature: 'historical_availability',
            value: 0.99793,
            baseline: 0.999,
            contribution: -0.0025,
          },
          {
            feature: 'traffic_volume',
            value: 1_000_000,
            baseline: 1_000_000,
            contribution: 0,
          },
        ],
        dependency_impact: {
          composite_availability_bound: 99.457,
          bottleneck_service: 'component:default/payments',
          bottleneck_availability: 99.5,
          bottleneck_budget_share: 0.5,
          bottleneck_contribution: 'Consumes 50% of error budget at 99% target',
          bound_is_binding: true,
          confidence: 0.67,
          unknown_availability: ['component:default/fraud-check'],
        },
        counterfactuals: [
          {
            condition:
              'If component:default/payments one nine better (99.5% → 99.95%)',
            result: 'Recommended balanced target would be 99.5%',
            balanced_target: 99.5,
            delta: 0.5,
          },
        ],
      },
    },
    latency,
  ],
};

/**
 * A service seen for 12 days: blended with the backend-service archetype
 * (data weight 12 / 30 = 0.4), low confidence, and served stale because the
 * last regeneration failed.
 */
export const coldStartStale: SloRecommendationResponse = {
  ...checkoutRecommendation,
  recommendation_id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  stale: true,
  stale_reason: 'regeneration failed: Prometheus did not answer within 5000 ms',
  lookback_window: {
    start: '2025-03-04T00:00:00.000Z',
    end: '2025-06-02T00:00:00.000Z',
    requested_days: 30,
    days: 90,
  },
  cold_start: {
    archetype: 'backend-service',
    reason:
      'only 12 days of data (fewer than 30); blended with the backend service baseline',
    data_weight: 0.4,
  },
  data_quality: {
    data_completeness: 0.857,
    confidence: 0.4,
    telemetry_gaps: [{ start: '2025-05-25', end: '2025-05-26', days: 2 }],
    confidence_note:
      'Based on 12 of 14 days with data (86% complete), blended with the archetype baseline; low confidence',
    telemetry_status: 'ok',
    data_days: 12,
    calendar_days: 14,
    low_confidence: true,
    low_confidence_reasons: [
      'only 12 days of data (fewer than 30); blended with the backend service baseline',
    ],
  },
};

/** An entity whose series the engine never found: archetype only. */
export const noTelemetry: SloRecommendationResponse = {
  ...checkoutRecommendation,
  recommendation_id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  // The backend-service archetype (99.9%, p99 500 ms): one ladder step
  // below, at and above; latency 2 × p99, p99 and ½ × p99. No data gives
  // Jeffreys odds of 0.5 and no interval.
  recommendations: [
    {
      ...availability,
      tiers: {
        conservative: {
          target: 99.5,
          error_budget_monthly_minutes: 216,
          estimated_breach_probability: 0.5,
          confidence_interval: null,
        },
        balanced: {
          target: 99.9,
          error_budget_monthly_minutes: 43.2,
          estimated_breach_probability: 0.5,
          confidence_interval: null,
        },
        aggressive: {
          target: 99.95,
          error_budget_monthly_minutes: 21.6,
          estimated_breach_probability: 0.5,
          confidence_interval: null,
        },
      },
    },
    {
      ...latency,
      source: 'archetype',
      tiers: {
        conservative: {
          target_ms: 1000,
          percentile: 'p99.9',
          observed_ms: null,
          noise_margin: 0.1,
          estimated_breach_probability: 0.5,
          breaches: 0,
          windows: 0,
        },
        balanced: {
          target_ms: 500,
          percentile: 'p99',
          observed_ms: null,
          noise_margin: 0.1,
          estimated_breach_probability: 0.5,
          breaches: 0,
          windows: 0,
        },
        aggressive: {
          target_ms: 250,
          percentile: 'p95',
          observed_ms: null,
          noise_margin: 0,
          estimated_breach_probability: 0.5,
          breaches: 0,
          windows: 0,
        },
      },
    },
  ],
  cold_start: {
    archetype: 'backend-service',
    reason:
      'only 0 days of data (fewer than 30); blended with the backend service baseline',
    data_weight: 0,
  },
  data_quality: {
    data_completeness: 0,
    confidence: 0,
    telemetry_gaps: [],
    confidence_note:
      'No data: targets are the archetype baseline; telemetry status no_data: no series matched service="checkout"; low confidence',
    telemetry_status: 'no_data',
    data_days: 0,
    calendar_days: 0,
    low_confidence: true,
    low_confidence_reasons: [
      'telemetry status no_data',
      'only 0 days of data (fewer than 30); blended with the backend service baseline',
      'no latency data; latency tiers are the archetype baseline',
    ],
  },
};
