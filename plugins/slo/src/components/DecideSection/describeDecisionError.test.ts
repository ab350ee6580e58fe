import { ResponseError } from '@backstage/errors';
import { describeDecisionError } from './describeDecisionError';

const REF = 'component:default/checkout';

async function backendError(name: string, message: string, status: number) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );
}

const superseded =
  'recommendation 6f0c2b8e-4d1a-4c39-9a57-2f1e8b0c7d41 was superseded by a newer recommendation; get a fresh one with GET /services/component/default/checkout/slo-recommendations?force_regenerate=true';

describe('describeDecisionError', () => {
  it.each([
    [
      '409 ConflictError',
      () => backendError('ConflictError', superseded, 409),
      {
        title: 'The recommendation changed since this page loaded',
        message: `${superseded}. Nothing was saved: reload the recommendation and decide on the new one.`,
        reload: true,
      },
    ],
    [
      '403 NotAllowedError',
      () =>
        backendError(
          'NotAllowedError',
          `Missing permission slo.entity.decide for ${REF}`,
          403,
        ),
      {
        title: `You are not allowed to decide on the SLO of ${REF}`,
        message: `Missing permission slo.entity.decide for ${REF}. The permission policy gives slo.entity.decide to the entity's owners and the SLO admins; ask one of them, or a Backstage admin to change the policy.`,
        reload: false,
      },
    ],
    [
      '401',
      () => backendError('AuthenticationError', 'Missing credentials', 401),
      expect.objectContaining({
        title: 'You are not signed in',
        reload: false,
      }),
    ],
    [
      '404 NotFoundError',
      () =>
        backendError('NotFoundError', 'recommendation x does not exist', 404),
      {
        title: 'This recommendation no longer exists',
        message:
          'recommendation x does not exist. Reload the recommendation and decide on the new one.',
        reload: true,
      },
    ],
    [
      'a bare 404',
      () =>
        ResponseError.fromResponse(new Response('Not Found', { status: 404 })),
      expect.objectContaining({
        title: 'The SLO backend was not found',
        reload: false,
      }),
    ],
    [
      '400 InputError',
      () =>
        backendError(
          'InputError',
          'the modifications equal the recommended balanced tier; send action "accept" instead',
          400,
        ),
      {
        title: 'The SLO backend refused the decision',
        message:
          'the modifications equal the recommended balanced tier; send action "accept" instead',
        reload: false,
      },
    ],
    [
      '500',
      () => backendError('Error', 'database is locked', 500),
      {
        title: 'The SLO backend answered 500',
        message:
          'database is locked. Nothing was saved; check the backend logs and try again.',
        reload: false,
      },
    ],
    [
      'a network failure',
      async () => new TypeError('Failed to fetch'),
      {
        title:
          'The decision was not sent: the SLO backend could not be reached',
        message:
          'Failed to fetch. Check that the Backstage backend is running, then try again; nothing was saved.',
        reload: false,
      },
    ],
  ])('%s', async (_, make, expected) => {
    expect(describeDecisionError(await make(), REF)).toEqual(expected);
  });
});
