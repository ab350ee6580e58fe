import { ResponseError } from '@backstage/errors';

/**
 * What the backend said about a failed write (e.g. 409 "a rule named … already
 * exists"), rather than ResponseError's "Request failed with 409 Conflict".
 */
export function serverMessage(error: unknown): string {
  if (ResponseError.is(error)) {
    return error.body?.error?.message || error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
