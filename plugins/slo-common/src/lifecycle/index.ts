export {
  autoApprovalConditionsSchema,
  autoApprovalRuleInputSchema,
  ENTITY_CRITICALITIES,
} from './autoApprovalRule';
export type {
  AutoApprovalConditions,
  AutoApprovalRule,
  AutoApprovalRuleInput,
  EntityCriticality,
} from './autoApprovalRule';
export {
  autoApprovalMismatches,
  matchesAutoApprovalRule,
} from './matchAutoApprovalRule';
export type { AutoApprovalFacts } from './matchAutoApprovalRule';
export { parseEntityCriticality } from './entityCriticality';
export {
  parseSlaTarget,
  SLA_TARGET_MAX_DECIMALS,
  slaTargetPercentSchema,
  slaTargetProblem,
} from './slaTarget';
export {
  sloDecisionSchema,
  sloModificationsSchema,
  sloTierSchema,
} from './decisionSchema';
export type { SloDecision, SloModifications } from './decisionSchema';
export {
  MODIFIED_KEYS,
  modificationDelta,
  recommendedTargets,
} from './modificationDelta';
