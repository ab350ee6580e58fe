/**
 * The SLO plugin for Backstage's new frontend system.
 *
 * @packageDocumentation
 */

export { sloPlugin as default } from './alpha/plugin';
