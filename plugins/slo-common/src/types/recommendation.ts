/**
 * The FR-2 response of
 * `GET /services/{kind}/{namespace}/{name}/slo-recommendations`, in
 * snake_case. Percentages are in percent (99.9), ratios in 0..1. Shared by
 * the backend that serves it and the frontend that reads it.
 */

/** Which SLI types a request asks for. */
export type SliTypeQuery = 'availability' | 'latency' | 'all';

/** Lifecycle of a stored recommendation. */
export type RecommendationStatus = 'active' | 'stale' | 'superseded';

/** One availability tier. */
export interface AvailabilityTierBody {
  /** Target in percent, e.g. 99.9. */
  target: number;
  error_budget_monthly_minutes: number;
  estimated_breach_probability: number;
  /** 95% bootstrap interval in percent; null without data. */
  confidence_interval: [number, number] | null;
  /** Which cap lowered the target, if any. */
  capped_by?: 'composite-bound' | 'traffic-volume';
}

/** One latency tier: each tier targets its own percentile. */
export interface LatencyTierBody {
  target_ms: number;
  percentile: 'p99.9' | 'p99' | 'p95';
  /** The window estimate the target came from, before margin; null without data. */
  observed_ms: number | null;
  /** Noise margin added to the observed value (0.1 = 10%). */
  noise_margin: number;
  estimated_breach_probability: number;
  /** Windows whose percentile exceeded the target, of `windows`. */
  breaches: number;
  windows: number;
}

export interface TelemetryGap {
  /** First and last missing day, `YYYY-MM-DD`. */
  start: string;
  end: string;
  days: number;
}

export interface DataQualityBody {
  data_completeness: number;
  /**
   * 0..1: the smallest of completeness, history coverage (data days / 30,
   * at most 1) and the share of hard dependencies with known availability.
   */
  confidence: number;
  telemetry_gaps: TelemetryGap[];
  confidence_note: string;
  /** `unknown` when the aggregation job never looked at the entity. */
  telemetry_status: 'ok' | 'no_data' | 'invalid_mapping' | 'unknown';
  data_days: number;
  calendar_days: number;
  low_confidence: boolean;
  low_confidence_reasons: string[];
}

export interface DependencyImpactBody {
  /** Bound in percent; 100 without hard dependencies. */
  composite_availability_bound: number;
  bottleneck_service?: string;
  /** Bottleneck availability in percent. */
  bottleneck_availability?: number;
  /** Share (0..1) of the balanced target's error budget the bottleneck uses. */
  bottleneck_budget_share?: number;
  bottleneck_contribution?: string;
  bound_is_binding: boolean;
  /** Share (0..1) of hard dependencies with a known availability. */
  confidence: number;
  unknown_availability: string[];
}

export interface AvailabilityRecommendation {
  sli_type: 'availability';
  metric: 'error_rate';
  tiers: Record<
    'conservative' | 'balanced' | 'aggressive',
    AvailabilityTierBody
  >;
  explanation: {
    summary: string;
    feature_attribution: {
      feature: string;
      value: number;
      baseline: number;
      contribution: number;
    }[];
    /** Balanced target (percent) with every feature at its fleet baseline. */
    fleet_baseline_target: number;
    dependency_impact: DependencyImpactBody;
    counterfactuals: {
      condition: string;
      result: string;
      /** Balanced target in percent under the condition. */
      balanced_target: number;
      /** Difference to the actual balanced target, percentage points. */
      delta: number;
    }[];
  };
}

export interface LatencyRecommendation {
  sli_type: 'latency';
  /** Named after the balanced tier's percentile, as FR-2 does; each tier states its own. */
  metric: 'p99_response_time_ms';
  /** `archetype` when no latency data exists. */
  source: 'data' | 'blend' | 'archetype';
  tiers: Record<'conservative' | 'balanced' | 'aggressive', LatencyTierBody>;
  explanation: { summary: string; note: string };
}

/** The body of a recommendations response. */
export interface SloRecommendationResponse {
  recommendation_id: string;
  /** The entity ref, e.g. `component:default/checkout`. */
  service_id: string;
  generated_at: string;
  expires_at: string;
  /** True when served from storage because generating failed. */
  stale: boolean;
  stale_reason?: string;
  lookback_window: {
    start: string;
    end: string;
    requested_days: number;
    /** Calendar days actually read (extended to 90 for a cold start). */
    days: number;
  };
  graph_snapshot_id: string | null;
  archetype: { id: string; label: string; reason: string };
  cold_start: { archetype: string; reason: string; data_weight: number } | null;
  data_quality: DataQualityBody;
  recommendations: (AvailabilityRecommendation | LatencyRecommendation)[];
}
