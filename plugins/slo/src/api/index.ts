export { sloApiRef } from './SloApi';
export type { AlertRulesFile, SloApi, SloFleetFilter } from './SloApi';
export { SloClient } from './SloClient';
export { UnexpectedResponseError } from './UnexpectedResponseError';
