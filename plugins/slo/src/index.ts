/**
 * Frontend of the SLO Recommendation Engine: the "SLOs" entity tab.
 *
 * @remarks
 * This entry point serves the legacy frontend system. The new frontend
 * system plugin is the default export of `@slo-engine/plugin-slo/alpha`.
 *
 * @packageDocumentation
 */

export { sloPlugin, EntitySloContent } from './plugin';
export { sloApiRef, SloClient, UnexpectedResponseError } from './api';
export type { SloApi } from './api';
