import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { SloFleetFilter } from '../../api';

/** The overview page's filters, as kept in the URL (`?team=…&system=…`). */
export interface FleetFilterValues {
  /** Group ref or bare group name, as the user typed it. */
  team?: string;
  /** System ref or bare system name. */
  system?: string;
}

const KEYS = ['team', 'system'] as const;

/** Reads the filters from a query string; blank values mean "no filter". */
export function readFleetFilter(search: URLSearchParams): FleetFilterValues {
  const values: FleetFilterValues = {};
  for (const key of KEYS) {
    const value = search.get(key)?.trim();
    if (value) values[key] = value;
  }
  return values;
}

/**
 * The query string with the given filters set (blank ones removed), keeping
 * any other parameter of the page.
 */
export function writeFleetFilter(
  search: URLSearchParams,
  values: FleetFilterValues,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of KEYS) {
    const value = values[key]?.trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** The dashboard endpoints call the team `owner`. */
export function toSloFleetFilter(values: FleetFilterValues): SloFleetFilter {
  const filter: SloFleetFilter = {};
  if (values.team) filter.owner = values.team;
  if (values.system) filter.system = values.system;
  return filter;
}

/**
 * The full, lower-case ref of a filter value or an entity's `spec.owner` /
 * `spec.system`, the way the backend normalises its `owner` and `system`
 * query parameters: `team-a` is `group:default/team-a`. Undefined for text
 * that is not a ref.
 */
export function normalizeRef(
  value: string | undefined,
  defaultKind: 'group' | 'system',
  defaultNamespace = 'default',
): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(value.trim(), { defaultKind, defaultNamespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** True when the filters narrow anything. */
export function hasFleetFilter(values: FleetFilterValues): boolean {
  return Boolean(values.team || values.system);
}

/** "team team-checkout and system checkout", for empty states and captions. */
export function describeFleetFilter(values: FleetFilterValues): string {
  const parts = [];
  if (values.team) parts.push(`team ${values.team}`);
  if (values.system) parts.push(`system ${values.system}`);
  return parts.join(' and ');
}
