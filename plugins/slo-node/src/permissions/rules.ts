import { RELATION_OWNED_BY } from '@backstage/catalog-model';
import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { sloEntityPermissionResourceRef } from './resourceRef';

/**
 * True when one of `claims` (the user's ownership refs: the user and the
 * groups they belong to) owns the entity. Same semantics as the catalog's
 * `IS_ENTITY_OWNER`, evaluated by the SLO backend.
 * @public
 */
export const isSloEntityOwner = createPermissionRule({
  name: 'IS_ENTITY_OWNER',
  description: 'Allow entities owned by one of the given claims',
  resourceRef: sloEntityPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(`Claims to match against the entity's ${RELATION_OWNED_BY}`),
  }),
  apply: (entity, { claims }) =>
    (entity.relations ?? []).some(
      r => r.type === RELATION_OWNED_BY && claims.includes(r.targetRef),
    ),
  toQuery: ({ claims }) => ({ key: 'relations.ownedBy', values: claims }),
});

/**
 * True when the entity is of one of the given kinds (case-insensitive), e.g.
 * to let a platform team decide for every `Resource`.
 * @public
 */
export const isSloEntityKind = createPermissionRule({
  name: 'IS_ENTITY_KIND',
  description: 'Allow entities of one of the given kinds',
  resourceRef: sloEntityPermissionResourceRef,
  paramsSchema: z.object({
    kinds: z.array(z.string()).describe('Entity kinds, e.g. Component'),
  }),
  apply: (entity, { kinds }) =>
    kinds.some(
      k =>
        k.toLocaleLowerCase('en-US') === entity.kind.toLocaleLowerCase('en-US'),
    ),
  toQuery: ({ kinds }) => ({ key: 'kind', values: kinds }),
});

/** The rules of the `slo-entity` resource type. @public */
export const sloEntityPermissionRules = {
  isEntityOwner: isSloEntityOwner,
  isEntityKind: isSloEntityKind,
};
