import { ResponseError } from '@backstage/errors';

/**
 * The backend's message when it does not know the entity, else undefined.
 * Only the backend's own NotFoundError means that: a bare 404 means the
 * SLO backend itself is missing, which the error panel explains instead.
 */
export function unknownEntityMessage(
  error: Error | undefined,
): string | undefined {
  if (
    error &&
    ResponseError.is(error) &&
    error.statusCode === 404 &&
    error.cause.name === 'NotFoundError'
  ) {
    return error.cause.message;
  }
  return undefined;
}
