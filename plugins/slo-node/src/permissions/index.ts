export { sloEntityPermissionResourceRef } from './resourceRef';
export type { SloEntityFilter } from './resourceRef';
export {
  isSloEntityKind,
  isSloEntityOwner,
  sloEntityPermissionRules,
} from './rules';
export { createSloConditionalDecision, sloConditions } from './conditions';
export { sloPolicyDecision } from './policyDecision';
export type { SloPolicyOptions } from './policyDecision';
export { readSloPolicyOptions } from './readSloPolicyOptions';
