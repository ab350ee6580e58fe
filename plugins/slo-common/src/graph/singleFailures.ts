import { RedundantPart } from './redundantPart';

/**
 * For each node of the redundant part, whether its failure alone breaks the
 * top: the failure climbs to parents that need the node, and to parents
 * (or top groups) whose whole group has failed.
 */
export function singleFailures(part: RedundantPart): boolean[] {
  type Ref = { parent: number; group: number };
  const refs: Ref[][] = part.p.map(() => []);
  part.needs.forEach((list, v) =>
    list.forEach(c => refs[c].push({ parent: v, group: -1 })),
  );
  part.groups.forEach((groups, v) =>
    groups.forEach((g, i) =>
      g.forEach(m => refs[m].push({ parent: v, group: i })),
    ),
  );
  part.top.forEach((g, i) =>
    g.forEach(m => refs[m].push({ parent: -1, group: i })),
  );
  return part.p.map((_, down) => {
    const failed = new Set([down]);
    const failedMembers = new Map<string, number>();
    const queue = [down];
    for (let head = 0; head < queue.length; head++) {
      for (const { parent, group } of refs[queue[head]]) {
        if (failed.has(parent)) continue;
        if (group >= 0) {
          const key = `${parent}/${group}`;
          const count = (failedMembers.get(key) ?? 0) + 1;
          failedMembers.set(key, count);
          const size = (parent < 0 ? part.top : part.groups[parent])[group]
            .length;
          if (count < size) continue;
        }
        if (parent < 0) return true;
        failed.add(parent);
        queue.push(parent);
      }
    }
    return false;
  });
}
