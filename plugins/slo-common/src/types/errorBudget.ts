/**
 * Error budgets of active SLOs as served by `GET …/slos/error-budget`,
 * `GET …/slos/error-budget/burn-down` and `GET /error-budgets`. Shares are
 * ratios (0.6 is 60 %), times ISO 8601 in UTC. See docs/error-budgets.md.
 */

/**
 * Budget status by the share consumed; `no_data` when Prometheus had no
 * series for the SLI over its window, so nothing can be said.
 * @public
 */
export type ErrorBudgetStatus =
  | 'healthy'
  | 'warning'
  | 'critical'
  | 'exhausted'
  | 'no_data';

/** Every status, healthiest first. @public */
export const ERROR_BUDGET_STATUSES: readonly ErrorBudgetStatus[] = [
  'healthy',
  'warning',
  'critical',
  'exhausted',
  'no_data',
];

/** Consumed shares at which the status turns warning and critical. @public */
export interface ErrorBudgetThresholdsBody {
  warning: number;
  critical: number;
}

/** Burn rates of one alert window pair; 1 spends the budget in one window. @public */
export interface ErrorBudgetBurnRateBody {
  /** Prometheus durations, e.g. `1h` and `5m`. */
  long_window: string;
  short_window: string;
  /** Null when the window holds too few samples for `increase`. */
  long: number | null;
  short: number | null;
  /**
   * Events in each window, null without samples. A dynamic pair's error
   * ratio threshold is its base × SLO-window events / long-window events.
   */
  long_events: number | null;
  short_events: number | null;
  /** The pair's static alert factor: both windows above it fire the alert. */
  alert_factor: number;
  severity: 'page' | 'ticket';
}

/** The error budget of one SLI of an active SLO. @public */
export interface ErrorBudgetSliBody {
  /** `availability`, `latency_p99_ms`, … */
  sli: string;
  /** Target as a ratio, e.g. 0.999 (latency: the share of fast requests). */
  objective: number;
  window_days: number;
  /** Events over the SLO window; null (as are all counts) without data. */
  total_events: number | null;
  /** `(1 − objective) × total_events`. */
  allowed_events: number | null;
  /** Bad events over the window. */
  consumed_events: number | null;
  /** Negative when overspent. */
  remaining_events: number | null;
  /** Full-outage minutes the objective allows over the window. */
  allowed_minutes: number;
  /** `consumed_share × allowed_minutes`. */
  consumed_minutes: number | null;
  remaining_minutes: number | null;
  /** Consumed / allowed events; above 1 when overspent. */
  consumed_share: number | null;
  /** Per alert window pair, keyed `long/short`, e.g. `1h/5m`. */
  burn_rates: Record<string, ErrorBudgetBurnRateBody>;
  /** Window whose burn rate projects exhaustion (`1d`). */
  projection_window: string;
  projection_burn_rate: number | null;
  /** When the budget runs out at that burn rate; null when not burning. */
  projected_exhaustion: string | null;
  status: ErrorBudgetStatus;
  /** Why data is missing, or which histogram bucket a latency SLI uses. */
  note: string | null;
  computed_at: string;
}

/** Response of `GET /services/{kind}/{namespace}/{name}/slos/error-budget`. @public */
export interface ErrorBudgetResponse {
  entity_ref: string;
  slo_id: string;
  owner: string | null;
  system: string | null;
  window_days: number;
  thresholds: ErrorBudgetThresholdsBody;
  slis: ErrorBudgetSliBody[];
  /** SLIs of the SLO without a budget, and why. */
  notes: string[];
  /** The oldest `computed_at` of the SLIs. */
  computed_at: string;
  /** True when Prometheus could not be reached and stored snapshots are served. */
  stale: boolean;
  stale_reason: string | null;
}

/** One SLI budget in the fleet view. @public */
export interface ErrorBudgetFleetItem extends ErrorBudgetSliBody {
  entity_ref: string;
  slo_id: string;
  owner: string | null;
  system: string | null;
}

/** Entities in one band of consumed share, `[from, to)`. @public */
export interface ErrorBudgetConsumptionBand {
  from: number;
  /** Null for the open last band (overspent). */
  to: number | null;
  count: number;
}

/**
 * Counts over every SLI matching `owner` and `system` (`status` and
 * `limit` do not narrow them).
 * @public
 */
export interface ErrorBudgetFleetSummary {
  entities: number;
  slis: number;
  by_status: Record<ErrorBudgetStatus, number>;
  /** SLIs with data per band of consumed share: tenths, then ≥ 1. */
  consumption: ErrorBudgetConsumptionBand[];
}

/** Response of `GET /error-budgets`. @public */
export interface ErrorBudgetFleetResponse {
  items: ErrorBudgetFleetItem[];
  summary: ErrorBudgetFleetSummary;
  thresholds: ErrorBudgetThresholdsBody;
  /** Newest snapshot of the fleet job; null before its first run. */
  computed_at: string | null;
}

/** One complete hour of the current SLO window. @public */
export interface ErrorBudgetBurnDownPoint {
  hour_start: string;
  /** End of the hour, where the point is plotted. */
  at: string;
  /** `(at − window_start) / window`: the budget spent evenly over time. */
  ideal_consumed_share: number;
  /**
   * Bad events from the window start to `at` over the allowed events of
   * the recorded hours; null when this hour was not recorded.
   */
  cumulative_consumed_share: number | null;
  /** Rolling consumed share as the fleet job computed it in this hour. */
  rolling_consumed_share: number | null;
}

/** Burn-down of one SLI. @public */
export interface ErrorBudgetBurnDownSli {
  sli: string;
  objective: number;
  points: ErrorBudgetBurnDownPoint[];
  /** Events and bad events of the recorded hours of the window. */
  total_events: number;
  bad_events: number;
  coverage: { hours: number; hours_with_counts: number };
}

/** Response of `GET …/slos/error-budget/burn-down`. @public */
export interface ErrorBudgetBurnDownResponse {
  entity_ref: string;
  slo_id: string;
  window_days: number;
  window_start: string;
  window_end: string;
  slis: ErrorBudgetBurnDownSli[];
}
