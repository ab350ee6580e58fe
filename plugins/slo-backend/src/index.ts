/**
 * Backend of the SLO Recommendation Engine for Backstage.
 *
 * @packageDocumentation
 */

export { sloPlugin as default } from './plugin';
