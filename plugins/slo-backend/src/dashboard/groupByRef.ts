/** Groups by a nullable key: refs in order, null (none) last. */
export function groupByRef<T>(
  items: T[],
  key: (item: T) => string | undefined,
): Array<[string | null, T[]]> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const k = key(item) ?? null;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].sort(([a], [b]) => {
    if (a === null) return b === null ? 0 : 1;
    if (b === null) return -1;
    return a.localeCompare(b);
  });
}
