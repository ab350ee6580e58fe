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
    /**
     * Prometheus' own `errorType` (e.g. `bad_data`, `timeout`) when given;
     * `circuit_open` when the client failed fast without calling Prometheus.
     */
    readonly errorType?: string,
  ) {
    super(message);
  }

  /**
   * Whether trying again may help: network errors, timeouts, HTTP 429 and
   * 5xx. Bad queries (4xx, `bad_data`) and an open circuit are final.
   */
  get retryable(): boolean {
    if (this.errorType === 'circuit_open') return false;
    if (this.status === undefined) return true;
    return this.status === 429 || this.status >= 500;
  }
}
