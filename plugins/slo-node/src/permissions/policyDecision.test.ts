import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  sloAutoApprovalManagePermission,
  sloCycleAcknowledgePermission,
  sloDecidePermission,
  sloGraphIngestPermission,
  sloImpactAnalysisPermission,
  sloReadPermission,
} from '@slo-engine/plugin-slo-common';
import {
  createPermission,
  Permission,
} from '@backstage/plugin-permission-common';
import { sloPolicyDecision } from './policyDecision';
import { isSloEntityKind, isSloEntityOwner } from './rules';

const options = { adminGroups: ['group:default/sre-admins'] };

function userWith(...claims: string[]): PolicyQueryUser {
  return {
    credentials: {} as PolicyQueryUser['credentials'],
    info: { userEntityRef: claims[0], ownershipEntityRefs: claims },
  };
}

const guest = userWith('user:default/guest', 'group:default/team-storefront');
const admin = userWith('user:default/ada', 'group:default/sre-admins');

describe('sloPolicyDecision', () => {
  it.each([
    ['read', sloReadPermission, AuthorizeResult.ALLOW],
    ['impact analysis', sloImpactAnalysisPermission, AuthorizeResult.ALLOW],
    [
      'auto-approval rules',
      sloAutoApprovalManagePermission,
      AuthorizeResult.DENY,
    ],
    [
      'cycle acknowledgement',
      sloCycleAcknowledgePermission,
      AuthorizeResult.DENY,
    ],
    ['graph ingestion', sloGraphIngestPermission, AuthorizeResult.DENY],
  ])('decides %s for a user', (_, permission, result) => {
    expect(sloPolicyDecision({ permission }, guest, options)).toEqual({
      result,
    });
  });

  it('makes deciding conditional on owning the entity', () => {
    expect(
      sloPolicyDecision({ permission: sloDecidePermission }, guest, options),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'slo',
      resourceType: 'slo-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'slo-entity',
        params: {
          claims: ['user:default/guest', 'group:default/team-storefront'],
        },
      },
    });
  });

  it('allows everything to an admin group member', () => {
    for (const permission of [
      sloDecidePermission,
      sloAutoApprovalManagePermission,
      sloGraphIngestPermission,
    ]) {
      expect(sloPolicyDecision({ permission }, admin, options)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('lets backend services read and ingest, never decide', () => {
    const decide = (permission: Permission) =>
      sloPolicyDecision({ permission }, undefined, options)?.result;
    expect(decide(sloReadPermission)).toBe(AuthorizeResult.ALLOW);
    expect(decide(sloGraphIngestPermission)).toBe(AuthorizeResult.ALLOW);
    expect(decide(sloDecidePermission)).toBe(AuthorizeResult.DENY);
    expect(decide(sloAutoApprovalManagePermission)).toBe(AuthorizeResult.DENY);
  });

  it('leaves other plugins’ permissions to the caller', () => {
    const other = createPermission({
      name: 'catalog.entity.read',
      attributes: { action: 'read' },
    });
    expect(sloPolicyDecision({ permission: other }, guest, options)).toBe(
      undefined,
    );
  });
});

describe('slo-entity rules', () => {
  const entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout' },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/team-checkout' },
      { type: 'partOf', targetRef: 'system:default/shop' },
    ],
  };

  it('matches owners through any claim, not other relations', () => {
    expect(
      isSloEntityOwner.apply(entity, {
        claims: ['user:default/bo', 'group:default/team-checkout'],
      }),
    ).toBe(true);
    expect(
      isSloEntityOwner.apply(entity, { claims: ['system:default/shop'] }),
    ).toBe(false);
    expect(
      isSloEntityOwner.apply(
        { ...entity, relations: undefined },
        { claims: ['group:default/team-checkout'] },
      ),
    ).toBe(false);
  });

  it('matches kinds case-insensitively', () => {
    expect(isSloEntityKind.apply(entity, { kinds: ['component'] })).toBe(true);
    expect(isSloEntityKind.apply(entity, { kinds: ['Resource'] })).toBe(false);
  });
});
