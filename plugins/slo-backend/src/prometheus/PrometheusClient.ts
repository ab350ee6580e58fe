import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_CIRCUIT_BREAKER,
  DEFAULT_RETRY,
  PrometheusConfig,
} from '../config/readPrometheusConfig';
import { CircuitBreaker, CircuitBreakerSnapshot } from './CircuitBreaker';
import { PrometheusError } from './PrometheusError';
import {
  apiResponseSchema,
  InstantSample,
  matrixSchema,
  RangeSeries,
  vectorSchema,
} from './prometheusResponse';

/** Time source of the client; tests inject a fake one. */
export interface PrometheusClientClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PrometheusClientClock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
};

/**
 * Client of the Prometheus HTTP query API (`/api/v1/query`,
 * `/api/v1/query_range`), which Thanos and Grafana Mimir serve as well.
 * Times are unix seconds. Queries are sent as form bodies so long PromQL
 * never hits URL length limits.
 *
 * Failed requests are retried with exponential backoff when trying again
 * can help (network errors, timeouts, HTTP 429 and 5xx), never for bad
 * queries. Every request passes a circuit breaker: after
 * `failureThreshold` consecutive failed requests it fails fast until
 * `resetAfter` has passed, then lets one probe through.
 */
export class PrometheusClient {
  static create(options: {
    config: PrometheusConfig;
    logger: LoggerService;
    /** Injected for tests, so backoff and breaker timing need no real waits. */
    clock?: PrometheusClientClock;
  }): PrometheusClient {
    return new PrometheusClient(
      options.config,
      options.logger,
      options.clock ?? realClock,
    );
  }

  private readonly breaker: CircuitBreaker;

  private constructor(
    private readonly config: PrometheusConfig,
    private readonly logger: LoggerService,
    private readonly clock: PrometheusClientClock,
  ) {
    const breaker = config.circuitBreaker ?? DEFAULT_CIRCUIT_BREAKER;
    this.breaker = new CircuitBreaker({
      failureThreshold: breaker.failureThreshold,
      resetAfterMs: breaker.resetAfterMs,
      now: () => clock.now(),
      onStateChange: s => {
        const message = `Prometheus circuit breaker is ${s.state}`;
        if (s.state === 'closed') this.logger.info(message);
        else {
          this.logger.warn(message, {
            consecutiveFailures: s.consecutiveFailures,
            lastFailure: s.lastFailure,
          });
        }
      },
    });
  }

  /**
   * State of the circuit breaker, e.g. for readiness: `open` means queries
   * currently fail fast without reaching Prometheus.
   */
  state(): CircuitBreakerSnapshot {
    return this.breaker.snapshot();
  }

  /** Evaluates an instant vector query at `time` (default: now). */
  async query(promql: string, time?: number): Promise<InstantSample[]> {
    return this.instantQuery(promql, time, true);
  }

  private async instantQuery(
    promql: string,
    time: number | undefined,
    retry: boolean,
  ): Promise<InstantSample[]> {
    const params: Record<string, string> = { query: promql };
    if (time !== undefined) params.time = String(time);
    const result = await this.callWithRetry(
      '/api/v1/query',
      params,
      'vector',
      retry,
    );
    return vectorSchema
      .parse(result)
      .map(s => ({ metric: s.metric, ...s.value }));
  }

  /** Evaluates a range query over [start, end] with `step` seconds resolution. */
  async queryRange(
    promql: string,
    range: { start: number; end: number; step: number },
  ): Promise<RangeSeries[]> {
    if (!(range.step > 0) || range.end < range.start) {
      throw new RangeError(
        `invalid range: start=${range.start} end=${range.end} step=${range.step}`,
      );
    }
    const result = await this.callWithRetry(
      '/api/v1/query_range',
      {
        query: promql,
        start: String(range.start),
        end: String(range.end),
        step: String(range.step),
      },
      'matrix',
      true,
    );
    return matrixSchema.parse(result);
  }

  /**
   * Cheapest query every Prometheus-compatible backend answers; proves the
   * URL, credentials and tenant headers are right. Not retried, so that
   * readiness answers quickly, but it passes the circuit breaker: it fails
   * fast while the breaker is open and serves as the half-open probe.
   */
  async ping(): Promise<void> {
    await this.instantQuery('vector(1)', undefined, false);
  }

  private async callWithRetry(
    path: string,
    params: Record<string, string>,
    expectedType: 'vector' | 'matrix',
    retry: boolean,
  ): Promise<unknown> {
    const policy = this.config.retry ?? DEFAULT_RETRY;
    const retries = retry ? policy.attempts : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.callThroughBreaker(path, params, expectedType);
      } catch (e) {
        if (
          !(e instanceof PrometheusError) ||
          !e.retryable ||
          attempt >= retries
        ) {
          throw e;
        }
        const delayMs = policy.initialDelayMs * policy.factor ** attempt;
        this.logger.warn(
          `Prometheus ${path} attempt ${attempt + 1} of ${
            retries + 1
          } failed, retrying in ${delayMs} ms`,
          { query: params.query },
        );
        await this.clock.sleep(delayMs);
      }
    }
  }

  private async callThroughBreaker(
    path: string,
    params: Record<string, string>,
    expectedType: 'vector' | 'matrix',
  ): Promise<unknown> {
    const permit = this.breaker.tryAcquire();
    if (!permit.allowed) {
      const s = permit.snapshot;
      const wait = Math.max(
        0,
        Math.ceil((s.retryAt! - this.clock.now()) / 1000),
      );
      throw new PrometheusError(
        `Prometheus ${path} not called: circuit breaker is ${s.state} after ${
          s.consecutiveFailures
        } consecutive failures (last: ${s.lastFailure}); ${
          s.state === 'open'
            ? `next probe in ${wait} s`
            : 'a probe is in flight'
        }`,
        undefined,
        'circuit_open',
      );
    }
    try {
      const result = await this.call(path, params, expectedType);
      this.breaker.onSuccess();
      return result;
    } catch (e) {
      // A rejected query proves Prometheus is up: only failures worth a
      // retry count against the breaker.
      if (e instanceof PrometheusError && e.retryable) {
        this.breaker.onFailure(e.message);
      } else {
        this.breaker.onSuccess();
      }
      throw e;
    }
  }

  private async call(
    path: string,
    params: Record<string, string>,
    expectedType: 'vector' | 'matrix',
  ): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.config.baseUrl}${path}`, {
        method: 'POST',
        headers: {
          ...this.config.headers,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: new URLSearchParams(params),
        signal: AbortSignal.timeout(this.config.requestTimeoutMs),
      });
    } catch (e) {
      const reason = describeFetchFailure(e, this.config.requestTimeoutMs);
      this.logger.warn(`Prometheus ${path} failed: ${reason}`, {
        query: params.query,
      });
      throw new PrometheusError(`Prometheus ${path} unreachable: ${reason}`);
    }

    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      const reason = describeFetchFailure(e, this.config.requestTimeoutMs);
      this.logger.warn(`Prometheus ${path} failed: ${reason}`, {
        query: params.query,
      });
      throw new PrometheusError(`Prometheus ${path} unreachable: ${reason}`);
    }
    let body: ReturnType<typeof apiResponseSchema.parse> | undefined;
    try {
      body = apiResponseSchema.parse(JSON.parse(text));
    } catch {
      body = undefined;
    }
    if (!body || !response.ok || body.status === 'error') {
      const detail =
        body?.status === 'error'
          ? `${body.errorType}: ${body.error}`
          : `HTTP ${response.status} ${response.statusText}`.trim();
      this.logger.warn(`Prometheus ${path} failed: ${detail}`, {
        query: params.query,
      });
      throw new PrometheusError(
        `Prometheus ${path} failed: ${detail}`,
        response.status,
        body?.status === 'error' ? body.errorType : undefined,
      );
    }
    if (body.data.resultType !== expectedType) {
      throw new PrometheusError(
        `Prometheus ${path} returned ${body.data.resultType}, expected ${expectedType}`,
        response.status,
      );
    }
    return body.data.result;
  }
}

function describeFetchFailure(error: unknown, timeoutMs: number): string {
  // Duck-typed: fetch errors may come from another realm (e.g. under Jest),
  // where `instanceof Error` is false.
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return `no answer within ${timeoutMs} ms`;
  }
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}
