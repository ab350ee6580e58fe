import { HumanDuration } from '@backstage/types';
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Configuration of the SLO Recommendation Engine backend plugin. */
  slo?: {
    /** Who may do what; read by `readSloPolicyOptions` for the permission policy. */
    permissions?: {
      /**
       * Group refs (e.g. `group:default/sre`) whose members may decide on any
       * entity's SLO, manage auto-approval rules, acknowledge cycles and
       * ingest graph data. Defaults to none.
       */
      adminGroups?: string[];
    };
    /** Where the engine reads telemetry (Prometheus, Thanos or Grafana Mimir HTTP API). */
    prometheus?: {
      /**
       * Base URL of the Prometheus-compatible HTTP API, without `/api/v1`,
       * e.g. `http://prometheus:9090` or `http://mimir/prometheus`.
       */
      baseUrl: string;
      /**
       * Timeout of one HTTP request to Prometheus. Defaults to 30 seconds.
       * A HumanDuration object or an ISO 8601 duration string.
       */
      requestTimeout?: HumanDuration | string;
      /**
       * Bearer token sent as `Authorization: Bearer <token>`.
       * @visibility secret
       */
      bearerToken?: string;
      /** HTTP basic authentication; ignored when `bearerToken` is set. */
      basicAuth?: {
        username: string;
        /** @visibility secret */
        password: string;
      };
      /**
       * Extra request headers, e.g. `X-Scope-OrgID` for a Mimir or Thanos tenant.
       * @visibility secret
       */
      headers?: { [name: string]: string };
      /**
       * Retries of failed requests (network errors, timeouts, HTTP 429 and
       * 5xx; never bad queries). Retry n waits initialDelay × factor^(n-1):
       * by default 1 s, 2 s and 4 s.
       */
      retry?: {
        /** Retries after the first failed request; 0 disables retries. Default 3, at most 10. */
        attempts?: number;
        /**
         * Wait before the first retry. Default 1 second.
         * A HumanDuration object or an ISO 8601 duration string.
         */
        initialDelay?: HumanDuration | string;
        /** Multiplier of the wait for each further retry, 1 to 10. Default 2. */
        factor?: number;
      };
      /**
       * Circuit breaker in front of Prometheus: after `failureThreshold`
       * consecutive failed requests, queries fail fast until `resetAfter`
       * has passed; then one probe goes through and closes it on success.
       */
      circuitBreaker?: {
        /** Consecutive failed requests that open the breaker. Default 10. */
        failureThreshold?: number;
        /**
         * How long the breaker stays open before the next probe. Default 30 seconds.
         * A HumanDuration object or an ISO 8601 duration string.
         */
        resetAfter?: HumanDuration | string;
      };
    };
    /** Burn-rate alerts of active SLOs; see docs/alerting.md. */
    alerting?: {
      /**
       * `static` (default: the SRE Workbook / Pyrra factors) or `dynamic`
       * (thresholds scaled by traffic). An entity overrides it with the
       * annotation `slo-engine.io/burn-rate-type`.
       */
      burnRateType?: 'static' | 'dynamic';
      /** Burn alerts stay silent while the long window holds fewer events. Default 0 (off). */
      minTrafficEvents?: number;
      /**
       * Keeps one Prometheus rule file with the rules of every active SLO
       * up to date (schedule `slo.schedule.alertRuleSync`). Point
       * Prometheus' `rule_files` at it.
       */
      ruleFile?: {
        /** Path of the file the backend writes, e.g. `/etc/prometheus/rules/slo-engine.yml`. */
        path: string;
        /** POSTed after each change, e.g. `http://prometheus:9090/-/reload` (needs `--web.enable-lifecycle`). */
        reloadUrl?: string;
      };
    };
    /** Error budgets of active SLOs; see docs/error-budgets.md. */
    errorBudgets?: {
      /** Consumed shares in (0, 1] at which a budget turns warning and critical. */
      thresholds?: {
        /** Default 0.5 (50 % of the budget consumed). */
        warning?: number;
        /** Default 0.8; must be at least `warning`. Exhausted is always 1. */
        critical?: number;
      };
    };
    /** Which Prometheus series hold each entity's SLIs; see docs/configuration.md. */
    telemetry?: {
      /** Label whose value names the service. Default `service`. */
      serviceLabel?: string;
      /** Request counter used for availability. */
      availability?: {
        /** Counter of all requests. Default `http_server_requests_total`. */
        totalMetric?: string;
        /**
         * Label matchers selecting failed requests of `totalMetric`, with
         * or without braces. Default `code=~"5.."`.
         */
        errorSelector?: string;
      };
      /** Histogram used for latency. */
      latency?: {
        /** Bucket series with an `le` label. Default `http_server_request_duration_seconds_bucket`. */
        bucketMetric?: string;
      };
      /**
       * Label matchers ANDed into every query, e.g. `cluster="prod-eu"`.
       * Must not match the service label. Default none.
       */
      extraSelector?: string;
    };
    /** Schedules of the engine's background work. */
    schedule?: {
      /**
       * How often the catalog is read to refresh the engine's list of
       * entities. Defaults to every 15 minutes
       * with a 15 second initial delay and a 5 minute timeout; the task runs
       * once across all backend replicas (global scope).
       */
      catalogSync?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often runtime dependency edges are read from the OpenTelemetry
       * service-graph metric. Defaults to every 15 minutes with a 45 second
       * initial delay, global scope.
       */
      serviceGraphDiscovery?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often hourly and daily SLI aggregates are computed from
       * Prometheus. Defaults to hourly with a 30 second initial delay and a
       * 30 minute timeout, global scope.
       */
      aggregation?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often every entity's recommendation is checked and regenerated
       * when expired or stale. Defaults to hourly with a 2 minute initial
       * delay and a 30 minute timeout, global scope.
       */
      recommendationRefresh?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often the error budget of every active SLO is recomputed for
       * the fleet view. Defaults to every 5 minutes with a 40 second
       * initial delay and a 4 minute timeout, global scope.
       */
      errorBudgets?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often the rule file of all active SLOs is rewritten when
       * `slo.alerting.ruleFile` is set. Defaults to every 5 minutes with a
       * 20 second initial delay, global scope.
       */
      alertRuleSync?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often every entity's latest SLI points are fed to the drift
       * detectors. Defaults to every 15 minutes with a 1 minute initial
       * delay and a 10 minute timeout, global scope.
       */
      driftDetection?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often the per-entity figures behind the `/dashboard/*`
       * endpoints are recomputed. Defaults to every 15 minutes with a 3
       * minute initial delay and a 10 minute timeout, global scope.
       */
      dashboardRefresh?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * Drift detection on each entity's availability and p99 latency
     * (docs/drift-detection.md).
     */
    drift?: {
      /** Set false to not schedule the drift job. Default true. */
      enabled?: boolean;
      /**
       * Length of one SLI point, from 10 seconds to 1 hour; at least twice
       * the scrape interval. Default 1 minute.
       */
      step?: HumanDuration | string;
      /**
       * How far back the first run for an entity reads, at most 90 days.
       * Default 1 day.
       */
      initialLookback?: HumanDuration | string;
      /** Points that form an entity's baseline, 30 to 10,000. Default 120. */
      baselinePoints?: number;
      /** p99 points of fewer requests are skipped. Default 1,000. */
      minEventsPerLatencyPoint?: number;
    };
    /**
     * Per-caller limits of the expensive routes (docs/configuration.md):
     * calls per `window` for each user or calling service, refilled
     * continuously; over the limit the route answers 429 with Retry-After.
     */
    rateLimits?: {
      /** Set false to limit nothing. Default true. */
      enabled?: boolean;
      /** From 1 second to 1 day. Default 1 minute. */
      window?: HumanDuration | string;
      /** `POST /services/dependencies`. Default 10. */
      ingestion?: number;
      /** `POST /services/{kind}/{namespace}/{name}/slos`. Default 30. */
      decisions?: number;
      /** `POST /slos/impact-analysis`. Default 10. */
      impactAnalysis?: number;
      /** `GET …/slo-recommendations?force_regenerate=true`. Default 10. */
      regenerations?: number;
    };
    /** Hourly and daily SLI aggregates computed from Prometheus. */
    aggregation?: {
      /** How long hourly aggregates are kept. Default 90 days. */
      hourlyRetention?: HumanDuration | string;
      /** How long daily aggregates are kept. Default 365 days. */
      dailyRetention?: HumanDuration | string;
      /**
       * Once history exists, each run recomputes only this recent window
       * (late samples included). Default 2 days; the first run backfills
       * the retention.
       */
      refreshWindow?: HumanDuration | string;
      /** Points per series per range query (Prometheus allows 11,000). Default 10,000. */
      maxPointsPerQuery?: number;
    };
    /** Runtime dependency discovery from the OpenTelemetry service graph. */
    serviceGraph?: {
      /** Call counter with client and server labels. Default `traces_service_graph_request_total`. */
      metric?: string;
      /** Label naming the caller. Default `client`. */
      clientLabel?: string;
      /** Label naming the callee. Default `server`. */
      serverLabel?: string;
      /** Window over which calls are counted. Default 1 hour. */
      lookback?: HumanDuration | string;
      /** Runtime edges not seen for this long are marked stale. Default 7 days. */
      stalenessWindow?: HumanDuration | string;
    };
    /** SLO recommendations (`GET …/slo-recommendations`). */
    recommendations?: {
      /**
       * Recommendations are served with `stale: true` once the newest
       * successful SLI aggregation run is older than this. Defaults to
       * twice the `slo.schedule.aggregation` frequency (2 hours with the
       * default hourly schedule, and for cron schedules); at least 1 minute.
       * A HumanDuration object or an ISO 8601 duration string.
       */
      telemetryMaxAge?: HumanDuration | string;
    };
  };
}
