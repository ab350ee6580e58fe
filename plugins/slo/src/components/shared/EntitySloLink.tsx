import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { formatRef } from './format';

/** The SLOs tab's path under the catalog's entity page. */
export const SLO_TAB_PATH = 'slos';

/**
 * A link to an entity's SLOs tab (`/catalog/<ns>/<kind>/<name>/slos`), named
 * by the entity's short ref.
 */
export function EntitySloLink(props: { entityRef: string }) {
  const { entityRef } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  let params;
  try {
    params = entityRouteParams(entityRef, { encodeParams: true });
  } catch {
    // Not a ref the catalog can route to; show it as it is.
    return <>{entityRef}</>;
  }
  return (
    <Link to={`${entityRoute(params)}/${SLO_TAB_PATH}`}>
      {formatRef(entityRef, 'component')}
    </Link>
  );
}
