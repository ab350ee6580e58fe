import {
  compositeAvailability,
  CompositeAvailabilityResult,
  CompositeInput,
} from '@slo-engine/plugin-slo-common';
import { GraphModel } from '../graph/GraphModel';

/** Hops of the downstream subgraph the bound is computed on. */
export const DEPENDENCY_DEPTH = 10;

export interface DependencyComposite {
  input: CompositeInput;
  result: CompositeAvailabilityResult;
  /** Share of hard dependencies with a known availability (1 without any). */
  confidence: number;
}

/**
 * The composite bound of `root` from its downstream subgraph. Dependencies
 * get the observed availability `availabilityOf` returns for all of them
 * at once (external ones
 * fall back to their published SLA, less the haircut); the root's own
 * availability is left out, so the bound is what the dependency chain
 * allows, not the root's history a second time.
 */
export async function dependencyComposite(
  model: GraphModel,
  root: string,
  availabilityOf: (refs: string[]) => Promise<Map<string, number | undefined>>,
): Promise<DependencyComposite> {
  const sub = model.subgraph(root, {
    direction: 'downstream',
    depth: DEPENDENCY_DEPTH,
    includeExternal: true,
    includeStale: false,
  });
  const dependencies = sub.nodes.filter(n => n.entityRef !== root);
  const availability = await availabilityOf(dependencies.map(n => n.entityRef));
  const result = compositeAvailability({
    graph: {
      nodes: sub.nodes.map(n => ({
        id: n.entityRef,
        availability: availability.get(n.entityRef),
        external: n.external,
        publishedSla: n.publishedSla,
      })),
      edges: sub.edges.map(e => ({
        from: e.from,
        to: e.to,
        criticality: e.criticality,
        mode: e.communicationMode,
        redundancyGroup: e.redundancyGroup,
      })),
    },
    root,
    maxDepth: DEPENDENCY_DEPTH,
  });

  const hard = result.hardDependencies;
  const known = hard.filter(d => d.source !== 'unknown');
  const confidence = hard.length === 0 ? 1 : known.length / hard.length;
  const externalRefs = new Set(
    dependencies.filter(n => n.external).map(n => n.entityRef),
  );
  const external = known.filter(d => externalRefs.has(d.id));
  return {
    result,
    confidence,
    input: {
      bound: result.bound,
      ...(result.bottleneck ? { bottleneck: result.bottleneck } : {}),
      ...(external.length
        ? {
            externalAvailability: external.reduce(
              (p, d) => p * d.availability!,
              1,
            ),
          }
        : {}),
      confidence,
    },
  };
}
