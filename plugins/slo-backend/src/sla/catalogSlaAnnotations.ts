import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SLO_ANNOTATIONS, toEntityRef } from '@slo-engine/plugin-slo-common';

/**
 * `CATALOG_FILTER_EXISTS` of `@backstage/catalog-client`, which this
 * package does not depend on. It is a registered symbol, so `Symbol.for`
 * with its key yields the very same value the catalog client looks for.
 */
export const CATALOG_FILTER_EXISTS = Symbol.for(
  'CATALOG_FILTER_EXISTS_0e15b590c0b343a2bae3e787e84c2111',
);

/** Annotations of catalog entities, as far as SLA targets need them. */
export interface SlaAnnotationSource {
  /** The entity's annotations; undefined when the catalog lacks it. */
  forEntity(entityRef: string): Promise<Record<string, string> | undefined>;
  /** The annotations of every entity that declares an SLA target, by ref. */
  forFleet(): Promise<Map<string, Record<string, string>>>;
}

const refOf = (e: Entity) =>
  toEntityRef({
    kind: e.kind,
    namespace: e.metadata.namespace ?? 'default',
    name: e.metadata.name,
  });

/** Reads the catalog as the plugin itself, not as the caller. */
export function catalogSlaAnnotations(deps: {
  catalog: CatalogService;
  auth: AuthService;
}): SlaAnnotationSource {
  const credentials = () => deps.auth.getOwnServiceCredentials();
  return {
    async forEntity(entityRef) {
      const entity = await deps.catalog.getEntityByRef(entityRef, {
        credentials: await credentials(),
      });
      return entity?.metadata.annotations;
    },
    async forFleet() {
      // One call, filtered by the catalog: only annotated entities travel.
      const { items } = await deps.catalog.getEntities(
        {
          filter: {
            [`metadata.annotations.${SLO_ANNOTATIONS.slaTarget}`]:
              CATALOG_FILTER_EXISTS,
          },
          fields: [
            'kind',
            'metadata.namespace',
            'metadata.name',
            'metadata.annotations',
          ],
        },
        { credentials: await credentials() },
      );
      return new Map(items.map(e => [refOf(e), e.metadata.annotations ?? {}]));
    },
  };
}
