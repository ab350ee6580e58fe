import { CustomErrorBase } from '@backstage/errors';

/**
 * The SLO backend answered, but not with the shape this frontend expects:
 * usually the frontend and backend plugins are at different versions.
 *
 * @public
 */
export class UnexpectedResponseError extends CustomErrorBase {
  name = 'UnexpectedResponseError' as const;
}
