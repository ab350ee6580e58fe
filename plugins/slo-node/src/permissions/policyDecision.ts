import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  sloAutoApprovalManagePermission,
  sloCycleAcknowledgePermission,
  sloDecidePermission,
  sloGraphIngestPermission,
  sloImpactAnalysisPermission,
  sloPermissions,
  sloReadPermission,
} from '@slo-engine/plugin-slo-common';
import { createSloConditionalDecision, sloConditions } from './conditions';

/** Options of {@link sloPolicyDecision}. @public */
export interface SloPolicyOptions {
  /**
   * Group refs (e.g. `group:default/sre`) whose members may do everything
   * the SLO plugin offers, on every entity.
   */
  adminGroups: readonly string[];
}

const SLO_PERMISSION_NAMES = new Set(sloPermissions.map(p => p.name));
const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/** Permissions a backend service (a CI pipeline, another plugin) may use. */
const SERVICE_ALLOWED = new Set([
  sloReadPermission.name,
  sloGraphIngestPermission.name,
  sloImpactAnalysisPermission.name,
]);

/**
 * The SLO plugin's part of a permission policy, for adopters to call from
 * their own: everyone reads and runs impact analysis; an entity's owners
 * (the user or one of their groups) decide on its SLOs; members of an
 * admin group do everything, including auto-approval rules, cycle
 * acknowledgements and graph ingestion; backend services read and ingest.
 * Returns undefined for permissions that are not the SLO plugin's.
 * @public
 */
export function sloPolicyDecision(
  request: PolicyQuery,
  user: PolicyQueryUser | undefined,
  options: SloPolicyOptions,
): PolicyDecision | undefined {
  const { permission } = request;
  if (!SLO_PERMISSION_NAMES.has(permission.name)) return undefined;
  if (!user) return SERVICE_ALLOWED.has(permission.name) ? ALLOW : DENY;

  const claims = user.info.ownershipEntityRefs;
  // Entity refs compare case-insensitively.
  const lowered = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
  if (options.adminGroups.some(g => lowered.has(g.toLocaleLowerCase('en-US'))))
    return ALLOW;

  switch (permission.name) {
    case sloReadPermission.name:
    case sloImpactAnalysisPermission.name:
      return ALLOW;
    case sloDecidePermission.name:
      return isResourcePermission(permission, sloDecidePermission.resourceType)
        ? createSloConditionalDecision(
            permission,
            sloConditions.isEntityOwner({ claims }),
          )
        : DENY;
    case sloAutoApprovalManagePermission.name:
    case sloCycleAcknowledgePermission.name:
    case sloGraphIngestPermission.name:
    default:
      return DENY;
  }
}
