/**
 * A failed call to the Prometheus HTTP API. The message names the API path
 * and what went wrong, never the configured credentials.
 */
export class PrometheusError extends Error {
  readonly name = 'PrometheusError';

  constructor(
    message: string,
    /** HTTP status when Prometheus answered, undefined on network failures. */
    readonly status?: number,
    /** Prometheus' own `errorType` (e.g. `bad_data`, `timeout`) when given. */
    readonly errorType?: string,
  ) {
    super(message);
  }
}
