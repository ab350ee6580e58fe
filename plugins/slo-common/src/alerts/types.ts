/**
 * Input and output types of the Prometheus alert rule generator.
 */

/**
 * One label matcher of a PromQL vector selector. Values are escaped by the
 * generator, names are validated, so user input cannot inject PromQL.
 * @public
 */
export interface LabelMatcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

/**
 * A metric name plus label matchers, e.g. `http_requests_total{job="api"}`.
 * @public
 */
export interface MetricSelector {
  metric: string;
  matchers?: LabelMatcher[];
}

/**
 * Request-based availability: counters of all events plus either the bad
 * (`errors`) or the good events.
 * @public
 */
export interface RatioIndicator {
  kind: 'ratio';
  total: MetricSelector;
  errors?: MetricSelector;
  good?: MetricSelector;
}

/**
 * Latency on a classic histogram: good events are those in the `le` bucket
 * chosen for the SLO threshold, total events the `le="+Inf"` bucket.
 * @public
 */
export interface ClassicLatencyIndicator {
  kind: 'latency-classic';
  /** The `_bucket` series, e.g. `http_request_duration_seconds_bucket`. */
  bucketMetric: string;
  matchers?: LabelMatcher[];
  thresholdSeconds: number;
  /**
   * Known bucket boundaries (seconds). When given and the threshold is not
   * one of them, the largest boundary below it is used (stricter) and the
   * choice is reported in `metadata.bucketNote`.
   */
  buckets?: number[];
}

/**
 * Latency on a native histogram, any threshold (`histogram_fraction`).
 * @public
 */
export interface NativeLatencyIndicator {
  kind: 'latency-native';
  metric: string;
  matchers?: LabelMatcher[];
  thresholdSeconds: number;
}

/**
 * Probe-style 0/1 gauge (e.g. `probe_success`): each sample is an event,
 * samples equal to 1 are good.
 * @public
 */
export interface BooleanGaugeIndicator {
  kind: 'boolean-gauge';
  metric: string;
  matchers?: LabelMatcher[];
}

/** @public */
export type AlertIndicator =
  | RatioIndicator
  | ClassicLatencyIndicator
  | NativeLatencyIndicator
  | BooleanGaugeIndicator;

/** @public */
export type BurnRateType = 'static' | 'dynamic';

/**
 * Everything needed to generate the rules of one active SLO.
 * @public
 */
export interface SloAlertSpec {
  /** Stable identifier, used as the `slo` label; see `sloRuleName`. */
  sloName: string;
  /** Canonical `kind:namespace/name` of the entity owning the SLO. */
  entityRef: string;
  owner?: string;
  /** SLO window in whole days; 28 and 30 have their own tables. */
  windowDays: number;
  /** Target as a ratio in (0, 1), e.g. 0.999. */
  objective: number;
  indicator: AlertIndicator;
  /** Defaults to `static`. */
  burnRateType?: BurnRateType;
  /**
   * Burn-rate alerts stay silent while the pair's long window holds fewer
   * events than this. 0 or absent: no guard.
   */
  minTrafficEvents?: number;
  /** Backstage app base URL, e.g. `https://backstage.example.com`. */
  backstageBaseUrl?: string;
}

/**
 * One multi-window pair of the generated alerts.
 * @public
 */
export interface BurnRateWindowPair {
  /** Prometheus durations, e.g. `1h` and `5m`. */
  long: string;
  short: string;
  longSeconds: number;
  shortSeconds: number;
  /** Static burn-rate factor (14.4, 6, …). */
  factor: number;
  /** Fraction of the error budget the pair alerts on (0.02, 1/48, …). */
  budgetFraction: number;
  severity: 'page' | 'ticket';
  /** Prometheus `for:` duration. */
  for: string;
  /**
   * Static: the error-ratio threshold `factor × (1 − objective)`.
   * Dynamic: `budgetFraction × (1 − objective)`, which the alert multiplies
   * by `N_SLO / N_long` at evaluation time.
   */
  threshold: number;
}

/** @public */
export interface PrometheusRecordingRule {
  record: string;
  expr: string;
  labels?: Record<string, string>;
}

/** @public */
export interface PrometheusAlertingRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** @public */
export type PrometheusRule = PrometheusRecordingRule | PrometheusAlertingRule;

/** @public */
export interface PrometheusRuleGroup {
  name: string;
  interval?: string;
  rules: PrometheusRule[];
}

/**
 * The shape of a Prometheus rule file.
 * @public
 */
export interface PrometheusRuleFile {
  groups: PrometheusRuleGroup[];
}

/** @public */
export interface AlertRulesMetadata {
  sloName: string;
  windowDays: number;
  /** Where the window pairs come from. */
  windowSource: 'sre-workbook-30d' | 'pyrra-28d' | 'scaled-from-28d';
  burnRateType: BurnRateType;
  pairs: BurnRateWindowPair[];
  /** Every window with a recorded error ratio. */
  recordedWindows: string[];
  minTrafficEvents: number;
  /** For classic-histogram latency: which `le` bucket is used and why. */
  bucketNote?: string;
  /** The `le` label value matched, for classic-histogram latency. */
  bucketUsed?: number;
  alertNames: { burn: string; absent: string };
}

/** @public */
export interface GeneratedAlertRules {
  ruleFile: PrometheusRuleFile;
  metadata: AlertRulesMetadata;
}
