import { DependencyEdge } from '@slo-engine/plugin-slo-common';

/** The members a caller reaches through one redundancy group. */
export interface RedundancyGroup {
  /** Unique per caller and group name, usable as a graph node id. */
  id: string;
  name: string;
  /** The service whose edges declare the group. */
  caller: string;
  members: string[];
}

/**
 * The redundancy groups among the visible nodes, one per caller and group
 * name: the backend scopes a group to the caller that declares it (two
 * callers may both name a group "db"), so the drawing does too.
 *
 * A node can be drawn inside one outline only, so a node that several groups
 * share stays in the first group by id; the others still reach it by their
 * edges. Groups left without a visible member are dropped.
 */
export function redundancyGroups(
  edges: DependencyEdge[],
  visible: ReadonlySet<string>,
): RedundancyGroup[] {
  const byId = new Map<string, RedundancyGroup>();
  for (const edge of edges) {
    if (!edge.redundancyGroup || edge.from === edge.to) continue;
    if (!visible.has(edge.from) || !visible.has(edge.to)) continue;
    const id = `group:${edge.from}:${edge.redundancyGroup}`;
    const group = byId.get(id) ?? {
      id,
      name: edge.redundancyGroup,
      caller: edge.from,
      members: [],
    };
    if (!group.members.includes(edge.to)) group.members.push(edge.to);
    byId.set(id, group);
  }
  const placed = new Set<string>();
  const groups: RedundancyGroup[] = [];
  for (const group of [...byId.values()].sort((a, b) =>
    a.id.localeCompare(b.id),
  )) {
    const members = group.members
      .filter(m => !placed.has(m) && m !== group.caller)
      .sort();
    members.forEach(m => placed.add(m));
    if (members.length > 0) groups.push({ ...group, members });
  }
  return groups;
}
