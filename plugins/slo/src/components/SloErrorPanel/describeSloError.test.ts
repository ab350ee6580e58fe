import { ResponseError } from '@backstage/errors';
import { UnexpectedResponseError } from '../../api/UnexpectedResponseError';
import { describeSloError } from './describeSloError';

async function responseError(status: number, name = 'Error') {
  const body = {
    error: { name, message: 'server says no' },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('describeSloError', () => {
  it.each([
    [401, 'sign in again'],
    [403, 'slo.read permission'],
    [404, '@slo-engine/plugin-slo-backend is installed'],
    [500, 'answered 500. Check the backend logs'],
  ])('tells what to do about a %s response', async (status, advice) => {
    const title = describeSloError(await responseError(status), 'the thing');
    expect(title).toMatch(/^Could not load the thing: /);
    expect(title).toContain(advice);
  });

  it('points at a version mismatch for an unexpected body', () => {
    expect(
      describeSloError(new UnexpectedResponseError('bad'), 'the thing'),
    ).toContain('same version');
  });

  it('points at the backend for network failures', () => {
    expect(
      describeSloError(new TypeError('Failed to fetch'), 'the thing'),
    ).toContain('could not be reached');
  });
});
