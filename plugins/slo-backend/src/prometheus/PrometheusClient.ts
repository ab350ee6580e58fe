import { LoggerService } from '@backstage/backend-plugin-api';
import { PrometheusConfig } from '../config/readPrometheusConfig';
import { PrometheusError } from './PrometheusError';
import {
  apiResponseSchema,
  InstantSample,
  matrixSchema,
  RangeSeries,
  vectorSchema,
} from './prometheusResponse';

/**
 * Client of the Prometheus HTTP query API (`/api/v1/query`,
 * `/api/v1/query_range`), which Thanos and Grafana Mimir serve as well.
 * Times are unix seconds. Queries are sent as form bodies so long PromQL
 * never hits URL length limits.
 */
export class PrometheusClient {
  static create(options: {
    config: PrometheusConfig;
    logger: LoggerService;
  }): PrometheusClient {
    return new PrometheusClient(options.config, options.logger);
  }

  private constructor(
    private readonly config: PrometheusConfig,
    private readonly logger: LoggerService,
  ) {}

  /** Evaluates an instant vector query at `time` (default: now). */
  async query(promql: string, time?: number): Promise<InstantSample[]> {
    const params: Record<string, string> = { query: promql };
    if (time !== undefined) params.time = String(time);
    const result = await this.call('/api/v1/query', params, 'vector');
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
    const result = await this.call(
      '/api/v1/query_range',
      {
        query: promql,
        start: String(range.start),
        end: String(range.end),
        step: String(range.step),
      },
      'matrix',
    );
    return matrixSchema.parse(result);
  }

  /**
   * Cheapest query every Prometheus-compatible backend answers; proves the
   * URL, credentials and tenant headers are right.
   */
  async ping(): Promise<void> {
    await this.query('vector(1)');
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

    const text = await response.text();
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
