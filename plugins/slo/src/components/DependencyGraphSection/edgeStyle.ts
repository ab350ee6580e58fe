import { DependencyEdge } from '@slo-engine/plugin-slo-common';
import { CSSProperties } from 'react';
import { EdgeMarker, MarkerType } from 'reactflow';

/** Stroke colours from the theme. */
export interface EdgeColors {
  edge: string;
  cycle: string;
}

/** How one dependency edge is drawn. */
export interface EdgeLook {
  className: string;
  style: CSSProperties;
  markerEnd: EdgeMarker;
  ariaLabel: string;
}

/** Dash pattern per criticality: the line says how hard the dependency is. */
export const CRITICALITY_DASH: Record<DependencyEdge['criticality'], string> = {
  hard: 'none',
  soft: '8 4',
  degraded: '2 4',
};

/**
 * Style of an edge. Criticality is the dash pattern (hard solid, soft
 * dashed, degraded dotted) and the communication mode the arrowhead (sync
 * filled, async open). Async edges are not animated: reactflow animates
 * with its own dash pattern, which would hide the criticality.
 */
export function edgeLook(
  edge: DependencyEdge,
  inCycle: boolean,
  colors: EdgeColors,
): EdgeLook {
  const color = inCycle ? colors.cycle : colors.edge;
  const className = [
    'slo-edge',
    `slo-edge--${edge.criticality}`,
    `slo-edge--${edge.communicationMode}`,
    ...(inCycle ? ['slo-edge--cycle'] : []),
  ].join(' ');
  const details = [
    edge.criticality,
    edge.communicationMode === 'sync' ? 'synchronous' : 'asynchronous',
    ...(edge.redundancyGroup
      ? [`redundancy group ${edge.redundancyGroup}`]
      : []),
    ...(inCycle ? ['part of an open dependency cycle'] : []),
  ];
  return {
    className,
    style: {
      stroke: color,
      strokeWidth: inCycle ? 3 : 2,
      strokeDasharray: CRITICALITY_DASH[edge.criticality],
    },
    markerEnd: {
      type:
        edge.communicationMode === 'sync'
          ? MarkerType.ArrowClosed
          : MarkerType.Arrow,
      color,
      width: 18,
      height: 18,
    },
    ariaLabel: `${edge.from} depends on ${edge.to}: ${details.join(', ')}`,
  };
}
