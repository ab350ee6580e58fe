import {
  CycleAlert,
  DependencyNode,
  DependencySubgraph,
  formatAvailabilityPercent,
} from '@slo-engine/plugin-slo-common';
import { Edge, Node } from 'reactflow';
import { formatMeasuredAvailability } from '../shared';
import { cycleHighlight, edgeKey } from './cycleHighlight';
import { EdgeColors, edgeLook } from './edgeStyle';
import { Box, layoutGraph } from './layoutGraph';
import { redundancyGroups } from './redundancyGroups';

/** What a service node shows. */
export interface ServiceNodeData {
  node: DependencyNode;
  label: string;
  /** The entity whose tab this is. */
  current: boolean;
  inCycle: boolean;
  /** Catalog entities open their SLO tab; placeholders have no page. */
  linkable: boolean;
  /** Availability to show (a ratio), where it comes from, and its text. */
  availability?: { ratio: number; source: string; text: string };
}

/** What a redundancy group outline shows. */
export interface GroupNodeData {
  name: string;
  caller: string;
}

export const SERVICE_NODE = 'sloService';
export const GROUP_NODE = 'sloRedundancyGroup';

/** The reactflow picture of a subgraph, and the cycles it shows. */
export interface FlowElements {
  nodes: Node<ServiceNodeData | GroupNodeData>[];
  edges: Edge[];
  cycles: CycleAlert[];
  width: number;
  height: number;
}

/**
 * A node's measured 30-day availability, else an external dependency's
 * published SLA. A measurement shows what was missed to two significant
 * digits; an SLA shows the decimals it was published with.
 */
function availabilityOf(node: DependencyNode) {
  const ratio = node.observedAvailability;
  if (ratio !== undefined) {
    const text = formatMeasuredAvailability(ratio);
    return { ratio, source: 'observed, 30 days', text };
  }
  if (node.publishedSla === undefined) return undefined;
  const text = formatAvailabilityPercent(node.publishedSla);
  return { ratio: node.publishedSla, source: 'published SLA', text };
}

/**
 * Turns the backend's subgraph into positioned reactflow nodes and styled
 * edges: redundancy groups become parent nodes drawn around their members
 * (reactflow wants parents first and children relative to them), and the
 * open cycles touching the visible nodes are highlighted.
 */
export function toFlowElements(
  graph: DependencySubgraph,
  options: { cycles: CycleAlert[]; colors: EdgeColors },
): FlowElements {
  const visible = new Set(graph.nodes.map(n => n.entityRef));
  const edges = graph.edges.filter(
    e => visible.has(e.from) && visible.has(e.to),
  );
  const groups = redundancyGroups(edges, visible);
  const highlight = cycleHighlight(options.cycles, visible);
  const layout = layoutGraph({ nodes: [...visible], edges, groups });

  const relative = (box: Box, parent?: Box) => ({
    x: box.x - (parent?.x ?? 0),
    y: box.y - (parent?.y ?? 0),
  });

  const groupNodes: Node<GroupNodeData>[] = groups.map(group => {
    const box = layout.groups.get(group.id)!;
    return {
      id: group.id,
      type: GROUP_NODE,
      position: relative(box),
      data: { name: group.name, caller: group.caller },
      style: { width: box.width, height: box.height },
      selectable: false,
      focusable: false,
      zIndex: -1,
    };
  });

  const serviceNodes: Node<ServiceNodeData>[] = graph.nodes.map(node => {
    const box = layout.nodes.get(node.entityRef)!;
    const parent = box.group ? layout.groups.get(box.group) : undefined;
    return {
      id: node.entityRef,
      type: SERVICE_NODE,
      position: relative(box, parent),
      ...(box.group ? { parentNode: box.group } : {}),
      data: {
        node,
        label: node.title ?? node.name,
        current: node.entityRef === graph.root,
        inCycle: highlight.nodes.has(node.entityRef),
        linkable: !node.discovered,
        availability: availabilityOf(node),
      },
      style: { width: box.width, height: box.height },
      focusable: false,
    };
  });

  const flowEdges: Edge[] = edges.map(edge => {
    const inCycle = highlight.edges.has(edgeKey(edge.from, edge.to));
    const look = edgeLook(edge, inCycle, options.colors);
    return {
      id: edgeKey(edge.from, edge.to),
      source: edge.from,
      target: edge.to,
      className: look.className,
      style: look.style,
      markerEnd: look.markerEnd,
      ariaLabel: look.ariaLabel,
      focusable: false,
      ...(inCycle ? { zIndex: 1 } : {}),
    };
  });

  return {
    nodes: [...groupNodes, ...serviceNodes],
    edges: flowEdges,
    cycles: highlight.cycles,
    width: layout.width,
    height: layout.height,
  };
}
