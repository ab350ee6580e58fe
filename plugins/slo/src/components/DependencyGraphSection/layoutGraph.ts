import dagre from '@dagrejs/dagre';

/** Size of a service node on the canvas, in pixels. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 72;

/** A rectangle by its top-left corner, as reactflow positions nodes. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What to lay out: node ids, directed edges and groups of nodes. */
export interface LayoutInput {
  nodes: string[];
  edges: Array<{ from: string; to: string }>;
  groups: Array<{ id: string; members: string[] }>;
}

/** Absolute boxes of the nodes (with their group) and of the groups. */
export interface GraphLayout {
  nodes: Map<string, Box & { group?: string }>;
  groups: Map<string, Box>;
  width: number;
  height: number;
}

/**
 * Layered left-to-right layout: callers on the left, what they depend on to
 * the right, so the reading direction follows the requests. Groups become
 * dagre clusters, which keeps their members next to each other and gives
 * the box to draw around them. Inputs are sorted so the same graph always
 * gets the same picture.
 */
export function layoutGraph(input: LayoutInput): GraphLayout {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  g.setGraph({
    rankdir: 'LR',
    nodesep: 24,
    ranksep: 72,
    marginx: 16,
    marginy: 16,
  });
  g.setDefaultEdgeLabel(() => ({}));

  const ids = [...new Set(input.nodes)].sort();
  const known = new Set(ids);
  for (const id of ids) {
    g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  }
  const groupOf = new Map<string, string>();
  for (const group of [...input.groups].sort((a, b) =>
    a.id.localeCompare(b.id),
  )) {
    const members = group.members.filter(m => known.has(m));
    if (members.length === 0) continue;
    g.setNode(group.id, {});
    for (const member of members) {
      g.setParent(member, group.id);
      groupOf.set(member, group.id);
    }
  }
  const edges = input.edges
    .filter(e => known.has(e.from) && known.has(e.to) && e.from !== e.to)
    .map(e => [e.from, e.to] as const)
    .sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
  for (const [from, to] of edges) g.setEdge(from, to);

  dagre.layout(g);

  const box = (id: string): Box => {
    const n = g.node(id);
    return {
      x: n.x! - n.width / 2,
      y: n.y! - n.height / 2,
      width: n.width,
      height: n.height,
    };
  };
  const nodes = new Map<string, Box & { group?: string }>();
  for (const id of ids) {
    const group = groupOf.get(id);
    nodes.set(id, group ? { ...box(id), group } : box(id));
  }
  const groups = new Map<string, Box>();
  for (const id of new Set(groupOf.values())) groups.set(id, box(id));
  const graph = g.graph();
  return { nodes, groups, width: graph.width ?? 0, height: graph.height ?? 0 };
}
