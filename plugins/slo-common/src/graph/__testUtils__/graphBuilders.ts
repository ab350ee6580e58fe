import { DependencyGraphEdge, DependencyGraphNode } from '../types';

/** A hard, sync edge; a redundancy group makes it one of several alternatives. */
export const hard = (
  from: string,
  to: string,
  redundancyGroup?: string,
): DependencyGraphEdge => ({
  from,
  to,
  criticality: 'hard',
  mode: 'sync',
  redundancyGroup,
});

/** Nodes from an id → observed availability map. */
export const nodes = (
  availability: Record<string, number | undefined>,
): DependencyGraphNode[] =>
  Object.entries(availability).map(([id, a]) => ({ id, availability: a }));
