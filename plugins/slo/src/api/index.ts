export { sloApiRef } from './SloApi';
export type { SloApi } from './SloApi';
export { SloClient } from './SloClient';
export { UnexpectedResponseError } from './UnexpectedResponseError';
