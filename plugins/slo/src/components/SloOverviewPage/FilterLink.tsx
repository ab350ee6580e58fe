import { Link } from '@backstage/core-components';
import { formatRef } from '../shared';
import { useFleetFilter } from './useFleetFilter';

/**
 * A team or system name that narrows the whole page to it, keeping the
 * other filter. Null refs (no owner, no system) are plain text.
 */
export function FilterLink(props: {
  by: 'team' | 'system';
  entityRef: string | null;
}) {
  const { by, entityRef } = props;
  const { filter, hrefFor } = useFleetFilter();
  if (!entityRef) return <>{by === 'team' ? 'No owner' : 'No system'}</>;
  const name = formatRef(entityRef, by === 'team' ? 'group' : 'system');
  return (
    <Link
      to={hrefFor({ ...filter, [by]: entityRef })}
      aria-label={`${name}: show only this ${by}`}
    >
      {name}
    </Link>
  );
}
