import { ResponseError } from '@backstage/errors';

/** What the decision form says about a failed POST, and what it offers. */
export interface DecisionErrorView {
  title: string;
  message: string;
  /** Offer to load a fresh recommendation (it changed under the user). */
  reload: boolean;
}

/**
 * Turns a failed decision into what happened and what to do. The backend's
 * message is kept: for a 409 it says whether the recommendation expired, was
 * superseded or was decided by someone else.
 */
export function describeDecisionError(
  error: Error,
  entityRef: string,
): DecisionErrorView {
  if (!ResponseError.is(error)) {
    return {
      title: 'The decision was not sent: the SLO backend could not be reached',
      message: `${error.message}. Check that the Backstage backend is running, then try again; nothing was saved.`,
      reload: false,
    };
  }
  const cause = error.cause.message;
  switch (error.statusCode) {
    case 409:
      return {
        title: 'The recommendation changed since this page loaded',
        message: `${cause}. Nothing was saved: reload the recommendation and decide on the new one.`,
        reload: true,
      };
    case 403:
      return {
        title: `You are not allowed to decide on the SLO of ${entityRef}`,
        message: `${cause}. The permission policy gives slo.entity.decide to the entity's owners and the SLO admins; ask one of them, or a Backstage admin to change the policy.`,
        reload: false,
      };
    case 401:
      return {
        title: 'You are not signed in',
        message:
          'Decisions are recorded with the signed-in user as the actor. Reload the page, sign in and decide again.',
        reload: false,
      };
    case 404:
      return error.cause.name === 'NotFoundError'
        ? {
            title: 'This recommendation no longer exists',
            message: `${cause}. Reload the recommendation and decide on the new one.`,
            reload: true,
          }
        : {
            title: 'The SLO backend was not found',
            message:
              'Check that @slo-engine/plugin-slo-backend is installed in the backend.',
            reload: false,
          };
    case 400:
      return {
        title: 'The SLO backend refused the decision',
        message: cause,
        reload: false,
      };
    default:
      return {
        title: `The SLO backend answered ${error.statusCode}`,
        message: `${cause}. Nothing was saved; check the backend logs and try again.`,
        reload: false,
      };
  }
}
