import { CycleAlert } from '@slo-engine/plugin-slo-common';
import { FleetFilterValues, normalizeRef } from './fleetFilter';

/** Owner and system of a cycle member, as full lower-case refs. */
export interface MemberPlacement {
  owner?: string;
  system?: string;
}

/** What the catalog says about a member: `spec.owner`, `spec.system`. */
export interface CatalogMember {
  namespace?: string;
  owner?: unknown;
  system?: unknown;
}

/** Resolves a catalog entity's owner and system to full refs. */
export function toMemberPlacement(member: CatalogMember): MemberPlacement {
  const ns = member.namespace ?? 'default';
  return {
    owner:
      typeof member.owner === 'string'
        ? normalizeRef(member.owner, 'group', ns)
        : undefined,
    system:
      typeof member.system === 'string'
        ? normalizeRef(member.system, 'system', ns)
        : undefined,
  };
}

/**
 * The cycles with at least one member owned by the filtered team and in the
 * filtered system. Cycle alerts carry only entity refs, so the page looks
 * the members up in the catalog; members the catalog does not know
 * (external services, discovered placeholders) match no filter.
 */
export function cyclesMatchingFilter(
  cycles: CycleAlert[],
  placements: Map<string, MemberPlacement>,
  filter: FleetFilterValues,
): CycleAlert[] {
  if (!filter.team && !filter.system) return cycles;
  const team = normalizeRef(filter.team, 'group');
  const system = normalizeRef(filter.system, 'system');
  // Text that is no ref names nobody (the backend refuses it with a 400).
  if ((filter.team && !team) || (filter.system && !system)) return [];
  return cycles.filter(cycle =>
    cycle.members.some(member => {
      const placement = placements.get(member.toLocaleLowerCase('en-US'));
      if (!placement) return false;
      return (
        (!filter.team || placement.owner === team) &&
        (!filter.system || placement.system === system)
      );
    }),
  );
}
