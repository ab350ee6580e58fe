/** Metric families written by the generator (see docs/telemetry.md). */

export type MetricType = 'counter' | 'gauge' | 'histogram';

export interface MetricFamily {
  /** Family name as used in `# TYPE` (counters without `_total`). */
  family: string;
  type: MetricType;
  help: string;
}

export const HTTP_REQUESTS: MetricFamily = {
  family: 'http_server_requests',
  type: 'counter',
  help: 'HTTP requests served, by service and status code.',
};

export const HTTP_DURATION: MetricFamily = {
  family: 'http_server_request_duration_seconds',
  type: 'histogram',
  help: 'HTTP server request duration in seconds.',
};

export const SERVICE_GRAPH_REQUESTS: MetricFamily = {
  family: 'traces_service_graph_request',
  type: 'counter',
  help: 'Calls from client to server (OpenTelemetry service graph).',
};

export const SERVICE_GRAPH_FAILED: MetricFamily = {
  family: 'traces_service_graph_request_failed',
  type: 'counter',
  help: 'Failed calls from client to server (OpenTelemetry service graph).',
};

/** Status codes by which requests are counted. */
export const STATUS_CODES = ['200', '404', '500', '503'] as const;
