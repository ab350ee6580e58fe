import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { EntityPathParams } from '@slo-engine/plugin-slo-common';
import { UnexpectedResponseError } from '../UnexpectedResponseError';

/** Query parameters; undefined ones are left out. */
export type Query = { [key: string]: string | number | boolean | undefined };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
}

/** The part of a zod schema the client needs; keeps zod out of our deps. */
export type Schema<T> = {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: { path: (string | number)[]; message: string }[] };
      };
};

function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `/services/{kind}/{namespace}/{name}` with each segment encoded. */
export function servicePath(ref: EntityPathParams): string {
  return `/services/${[ref.kind, ref.namespace, ref.name]
    .map(encodeURIComponent)
    .join('/')}`;
}

/** A body checked against its schema, or an UnexpectedResponseError. */
export function parseBody<T>(
  schema: Schema<T>,
  body: unknown,
  what: string,
): T {
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
 * Requests to the SLO backend through the Backstage `fetchApi` (which adds
 * the user's token); failures become `ResponseError`s carrying the
 * backend's serialized error.
 */
export class SloRequests {
  constructor(
    private readonly apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  /** The response whatever its status, for callers that read error bodies. */
  async fetch(
    method: Method,
    path: string,
    options: RequestOptions = {},
  ): Promise<Response> {
    const baseUrl = await this.apis.discoveryApi.getBaseUrl('slo');
    return this.apis.fetchApi.fetch(
      `${baseUrl}${path}${queryString(options.query)}`,
      options.body === undefined
        ? { method }
        : {
            method,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(options.body),
          },
    );
  }

  /** The response; rejects with a ResponseError unless it succeeded. */
  async send(
    method: Method,
    path: string,
    options: RequestOptions = {},
  ): Promise<Response> {
    const response = await this.fetch(method, path, options);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  async json<T>(
    method: Method,
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    return (await this.send(method, path, options)).json();
  }

  /**
   * A GET whose 404 from the backend's own NotFoundError resolves to
   * undefined (no active SLO, unknown entity); a bare 404 means the SLO
   * backend itself is missing and still rejects.
   */
  async jsonOrUndefined<T>(
    path: string,
    options: { query?: Query } = {},
  ): Promise<T | undefined> {
    try {
      return await this.json<T>('GET', path, options);
    } catch (e) {
      if (e instanceof ResponseError && e.cause.name === 'NotFoundError') {
        return undefined;
      }
      throw e;
    }
  }
}
