import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  EntityPathParams,
  ReadinessReport,
  readinessReportSchema,
  ServiceSummary,
  serviceSummarySchema,
} from '@slo-engine/plugin-slo-common';
import { SloApi } from './SloApi';
import { UnexpectedResponseError } from './UnexpectedResponseError';

/** The part of a zod schema the client needs; keeps zod out of our deps. */
type Schema<T> = {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: { path: (string | number)[]; message: string }[] };
      };
};

function parseBody<T>(schema: Schema<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues
      .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new UnexpectedResponseError(
      `The SLO backend sent an unexpected ${what}: ${issues}`,
    );
  }
  return result.data;
}

/**
 * Default {@link SloApi} implementation, calling the SLO backend through the
 * Backstage `fetchApi` (which adds the user's token).
 *
 * @public
 */
export class SloClient implements SloApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getReadiness(): Promise<ReadinessReport> {
    const response = await this.get('/health/ready');
    // A failing check answers 503 with the same report, which we want to show.
    if (response.status === 503) {
      const body = await response
        .clone()
        .json()
        .catch(() => undefined);
      const parsed = readinessReportSchema.safeParse(body);
      if (parsed.success) {
        return parsed.data;
      }
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return parseBody(
      readinessReportSchema,
      await response.json(),
      'readiness report',
    );
  }

  async getService(ref: EntityPathParams): Promise<ServiceSummary | undefined> {
    const path = [ref.kind, ref.namespace, ref.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await this.get(`/services/${path}`);
    if (response.status === 404) {
      const error = await ResponseError.fromResponse(response);
      // Only the backend's own NotFoundError means "unknown entity"; a bare
      // 404 means the SLO backend itself is not there.
      if (error.cause.name === 'NotFoundError') {
        return undefined;
      }
      throw error;
    }
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return parseBody(
      serviceSummarySchema,
      await response.json(),
      'service summary',
    );
  }

  private async get(path: string): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('slo');
    return this.fetchApi.fetch(`${baseUrl}${path}`);
  }
}
