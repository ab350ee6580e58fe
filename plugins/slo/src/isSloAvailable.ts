import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { ApiHolder } from '@backstage/core-plugin-api';
import { sloApiRef } from './api';

/** The catalog kinds the SLO engine copies into its service graph. */
const SLO_KINDS = ['component', 'resource'];

function hasSloKind(entity: Entity): boolean {
  return SLO_KINDS.includes(entity.kind.toLocaleLowerCase('en-US'));
}

async function isKnownToBackend(
  entity: Entity,
  apis: ApiHolder,
): Promise<boolean> {
  const sloApi = apis.get(sloApiRef);
  if (!sloApi) return false;
  try {
    return (
      (await sloApi.getService(getCompoundEntityRef(entity))) !== undefined
    );
  } catch {
    // The backend cannot say (down, no permission): show the tab, whose
    // sections then say what is wrong, rather than hide it without a word.
    return true;
  }
}

/**
 * Whether the SLOs tab and card apply to an entity.
 *
 * With `context`, as `EntitySwitch.Case` passes it, it asks the SLO backend
 * whether the entity is in its service graph, so the SLO views appear for
 * the entities the engine knows rather than for every component:
 *
 * ```tsx
 * <EntitySwitch>
 *   <EntitySwitch.Case if={isSloAvailable}>
 *     <Grid item md={6}>
 *       <EntitySloCard />
 *     </Grid>
 *   </EntitySwitch.Case>
 * </EntitySwitch>
 * ```
 *
 * Without `context` it is the kind check only (components and resources),
 * synchronous, as `EntityLayout.Route`'s `if` needs it.
 *
 * @public
 */
export function isSloAvailable(entity: Entity): boolean;
/** @public */
export function isSloAvailable(
  entity: Entity,
  context: { apis: ApiHolder },
): Promise<boolean>;
export function isSloAvailable(
  entity: Entity,
  context?: { apis: ApiHolder },
): boolean | Promise<boolean> {
  if (!context) return hasSloKind(entity);
  if (!hasSloKind(entity)) return Promise.resolve(false);
  return isKnownToBackend(entity, context.apis);
}
