import { MockFetchApi } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import {
  checkoutSummary as summary,
  prometheusDownReport as failingReport,
  healthyReport as okReport,
} from '../__testUtils__/fixtures';
import {
  serializedError,
  SLO_BASE_URL as baseUrl,
  sloTestServer,
} from '../__testUtils__/renderSloSection';
import { SloClient } from './SloClient';

describe('SloClient', () => {
  const server = sloTestServer();

  const fetchApi = new MockFetchApi();
  const discoveryApi = { getBaseUrl: jest.fn(async () => baseUrl) };
  const client = new SloClient({ discoveryApi, fetchApi });

  describe('getReadiness', () => {
    it('returns the report when every check passes', async () => {
      server.use(
        http.get(`${baseUrl}/health/ready`, () => HttpResponse.json(okReport)),
      );

      await expect(client.getReadiness()).resolves.toEqual(okReport);
      expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('slo');
    });

    it('returns the report from a 503 instead of throwing', async () => {
      server.use(
        http.get(`${baseUrl}/health/ready`, () =>
          HttpResponse.json(failingReport, { status: 503 }),
        ),
      );

      await expect(client.getReadiness()).resolves.toEqual(failingReport);
    });

    it('throws a ResponseError for a 503 without a readiness report', async () => {
      server.use(
        http.get(`${baseUrl}/health/ready`, () =>
          HttpResponse.json(
            serializedError('ServiceUnavailableError', 'shutting down', 503),
            { status: 503 },
          ),
        ),
      );

      await expect(client.getReadiness()).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: 503,
        cause: { name: 'ServiceUnavailableError', message: 'shutting down' },
      });
    });

    it('throws a ResponseError with the server message on other errors', async () => {
      server.use(
        http.get(`${baseUrl}/health/ready`, () =>
          HttpResponse.json(
            serializedError('Error', 'database exploded', 500),
            { status: 500 },
          ),
        ),
      );

      await expect(client.getReadiness()).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: 500,
        cause: { message: 'database exploded' },
      });
    });

    it('rejects a 200 body that is not a readiness report', async () => {
      server.use(
        http.get(`${baseUrl}/health/ready`, () =>
          HttpResponse.json({ status: 'ok' }),
        ),
      );

      await expect(client.getReadiness()).rejects.toMatchObject({
        name: 'UnexpectedResponseError',
        message: expect.stringContaining('checks'),
      });
    });
  });

  describe('getService', () => {
    it('requests the entity path and returns the summary', async () => {
      server.use(
        http.get(`${baseUrl}/services/:kind/:namespace/:name`, ({ params }) => {
          expect(params).toEqual({
            kind: 'Component',
            namespace: 'default',
            name: 'checkout',
          });
          return HttpResponse.json(summary);
        }),
      );

      await expect(
        client.getService({
          kind: 'Component',
          namespace: 'default',
          name: 'checkout',
        }),
      ).resolves.toEqual(summary);
    });

    it('encodes each path segment', async () => {
      let requestedUrl = '';
      server.use(
        http.get(`${baseUrl}/services/*`, ({ request }) => {
          requestedUrl = request.url;
          return HttpResponse.json(summary);
        }),
      );

      await client.getService({
        kind: 'component',
        namespace: 'a/b',
        name: 'x?y#z',
      });

      expect(requestedUrl).toBe(
        `${baseUrl}/services/component/a%2Fb/x%3Fy%23z`,
      );
    });

    it('returns undefined when the backend does not know the entity', async () => {
      server.use(
        http.get(`${baseUrl}/services/:kind/:namespace/:name`, () =>
          HttpResponse.json(
            serializedError(
              'NotFoundError',
              'component:default/checkout is not known to the SLO engine',
              404,
            ),
            { status: 404 },
          ),
        ),
      );

      await expect(
        client.getService({
          kind: 'component',
          namespace: 'default',
          name: 'checkout',
        }),
      ).resolves.toBeUndefined();
    });

    it('throws on a bare 404, which means the SLO backend is missing', async () => {
      server.use(
        http.get(
          `${baseUrl}/services/:kind/:namespace/:name`,
          () => new HttpResponse(null, { status: 404 }),
        ),
      );

      await expect(
        client.getService({
          kind: 'component',
          namespace: 'default',
          name: 'checkout',
        }),
      ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 404 });
    });

    it('throws a ResponseError when access is denied', async () => {
      server.use(
        http.get(`${baseUrl}/services/:kind/:namespace/:name`, () =>
          HttpResponse.json(serializedError('NotAllowedError', 'nope', 403), {
            status: 403,
          }),
        ),
      );

      await expect(
        client.getService({
          kind: 'component',
          namespace: 'default',
          name: 'checkout',
        }),
      ).rejects.toMatchObject({
        name: 'ResponseError',
        statusCode: 403,
        cause: { name: 'NotAllowedError' },
      });
    });

    it('rejects a summary without an entity ref', async () => {
      server.use(
        http.get(`${baseUrl}/services/:kind/:namespace/:name`, () =>
          HttpResponse.json({ name: 'checkout' }),
        ),
      );

      await expect(
        client.getService({
          kind: 'component',
          namespace: 'default',
          name: 'checkout',
        }),
      ).rejects.toMatchObject({ name: 'UnexpectedResponseError' });
    });
  });
});
