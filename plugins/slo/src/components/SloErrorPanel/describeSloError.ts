import { ResponseError } from '@backstage/errors';

/**
 * Turns a failed SLO backend call into a title that says what to do next.
 * `what` names the thing that could not be loaded, e.g. "the SLO engine status".
 */
export function describeSloError(error: Error, what: string): string {
  const failed = `Could not load ${what}`;
  if (ResponseError.is(error)) {
    switch (error.statusCode) {
      case 401:
        return `${failed}: you are not signed in. Reload the page and sign in again.`;
      case 403:
        return `${failed}: you are not allowed to read SLO data. Ask a Backstage admin for the slo.read permission.`;
      case 404:
        return `${failed}: the SLO backend was not found at /api/slo. Check that @slo-engine/plugin-slo-backend is installed in the backend.`;
      default:
        return `${failed}: the SLO backend answered ${error.statusCode}. Check the backend logs; the server's error is below.`;
    }
  }
  if (error.name === 'UnexpectedResponseError') {
    return `${failed}: the SLO backend sent data this page does not understand. Check that the SLO frontend and backend plugins are the same version.`;
  }
  return `${failed}: the SLO backend could not be reached. Check that the Backstage backend is running.`;
}
