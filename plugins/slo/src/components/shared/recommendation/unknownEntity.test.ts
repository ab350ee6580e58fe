import { ResponseError } from '@backstage/errors';
import { unknownEntityMessage } from './unknownEntity';

async function responseError(status: number, body: unknown) {
  return ResponseError.fromResponse(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: {
        'content-type':
          typeof body === 'string' ? 'text/plain' : 'application/json',
      },
    }),
  );
}

const notKnown =
  'component:default/checkout is not known to the SLO engine: only catalog components and resources and services named in dependency data are; the catalog is read every 15 minutes by default';

describe('unknownEntityMessage', () => {
  it.each([
    [
      'the backend NotFoundError',
      () =>
        responseError(404, {
          error: { name: 'NotFoundError', message: notKnown },
          response: { statusCode: 404 },
        }),
      notKnown,
    ],
    [
      'a bare 404 (no SLO backend)',
      () => responseError(404, 'Not Found'),
      undefined,
    ],
    [
      'a 503',
      () =>
        responseError(503, {
          error: { name: 'ServiceUnavailableError', message: 'down' },
          response: { statusCode: 503 },
        }),
      undefined,
    ],
    [
      'a network error',
      async () => new TypeError('Failed to fetch'),
      undefined,
    ],
    ['no error', async () => undefined, undefined],
  ])('%s', async (_, make, expected) => {
    expect(unknownEntityMessage(await make())).toBe(expected);
  });
});
