/**
 * `GET …/slos/alerts/overview`: what the burn-rate alerts of an entity's
 * active SLO look like in both modes, so owners can compare before choosing.
 */

/** One window pair as served (thresholds are error ratios). @public */
export interface AlertWindowPairBody {
  long_window: string;
  short_window: string;
  severity: 'page' | 'ticket';
  /** Prometheus `for:` duration. */
  for: string;
  /** Static burn-rate factor, e.g. 14.4. */
  factor: number;
  /** Share of the error budget the pair alerts on, e.g. 0.02. */
  budget_fraction: number;
  /**
   * Static: the error-ratio threshold. Dynamic: `budget_fraction × (1 −
   * objective)`, which Prometheus multiplies by events in the SLO window /
   * events in the long window.
   */
  threshold: number;
}

/** One SLI of the active SLO. @public */
export interface AlertSliOverview {
  /** `availability`, `latency_p99_ms`, … */
  sli: string;
  /** The `slo` label of the generated series and alerts. */
  slo_name: string;
  objective: number;
  window_days: number;
  /** The mode the generated rules use (config or entity annotation). */
  burn_rate_type: 'static' | 'dynamic';
  window_source: 'sre-workbook-30d' | 'pyrra-28d' | 'scaled-from-28d';
  min_traffic_events: number;
  pairs: {
    static: AlertWindowPairBody[];
    dynamic: AlertWindowPairBody[];
  };
  alert_names: { burn: string; absent: string };
  /** Classic-histogram latency: the `le` bucket used and why. */
  bucket_used?: number;
  bucket_note?: string;
}

/** Response of `GET …/slos/alerts/overview`. @public */
export interface AlertOverviewResponse {
  entity_ref: string;
  slo_id: string;
  slis: AlertSliOverview[];
  /** SLIs of the SLO that got no rules, and why. */
  notes: string[];
  /** Formats accepted by `GET …/slos/alerts?format=`. */
  export_formats: string[];
}
