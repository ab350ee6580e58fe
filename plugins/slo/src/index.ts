/**
 * Frontend of the SLO Recommendation Engine: the "SLOs" entity tab, the
 * entity error budget card and the SLO overview page.
 *
 * @remarks
 * This entry point serves the legacy frontend system. The new frontend
 * system plugin is the default export of `@slo-engine/plugin-slo/alpha`.
 *
 * @packageDocumentation
 */

export {
  sloPlugin,
  EntitySloContent,
  EntitySloCard,
  SloOverviewPage,
} from './plugin';
export { isSloAvailable } from './isSloAvailable';
export { sloApiRef, SloClient, UnexpectedResponseError } from './api';
export type { AlertRulesFile, SloApi, SloFleetFilter } from './api';
