import { createConditionExports } from '@backstage/plugin-permission-node';
import { sloEntityPermissionResourceRef } from './resourceRef';
import { sloEntityPermissionRules } from './rules';

const exports = createConditionExports({
  resourceRef: sloEntityPermissionResourceRef,
  rules: sloEntityPermissionRules,
});

/**
 * Conditions for policy authors, e.g.
 * `sloConditions.isEntityOwner({ claims: user.info.ownershipEntityRefs })`.
 * @public
 */
export const sloConditions = exports.conditions;

/**
 * Wraps conditions into a conditional decision for an `slo-entity`
 * permission.
 * @public
 */
export const createSloConditionalDecision = exports.createConditionalDecision;
