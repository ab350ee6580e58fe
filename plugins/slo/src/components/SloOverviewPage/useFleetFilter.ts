import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  FleetFilterValues,
  readFleetFilter,
  writeFleetFilter,
} from './fleetFilter';

/**
 * The page's team and system filters, kept in the URL query string so a
 * filtered view can be bookmarked and shared.
 */
export function useFleetFilter() {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => readFleetFilter(search), [search]);
  const setFilter = useCallback(
    (values: FleetFilterValues) => setSearch(writeFleetFilter(search, values)),
    [search, setSearch],
  );
  /** A link to this page with other filters, e.g. from a team's row. */
  const hrefFor = useCallback(
    (values: FleetFilterValues) => {
      const query = writeFleetFilter(search, values).toString();
      return query ? `?${query}` : '?';
    },
    [search],
  );
  return { filter, setFilter, hrefFor };
}
