import { HumanDuration } from '@backstage/types';
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Configuration of the SLO Recommendation Engine backend plugin. */
  slo?: {
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
  };
}
