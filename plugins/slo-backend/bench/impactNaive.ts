import {
  compositeAvailability,
  ImpactAnalysisResult,
} from '@slo-engine/plugin-slo-common';
import { PreparedImpact } from '../src/impact/ImpactAnalysisService';
import { DEPENDENCY_DEPTH } from '../src/recommendations/dependencyComposite';

/** One full `compositeAvailability` per upstream service and value, on a sample. */
export function naiveBaseline(
  prepared: PreparedImpact,
  impacted: ImpactAnalysisResult['impacted'],
  sampleSize: number,
) {
  const sample = impacted.slice(0, sampleSize);
  let maxDifference = 0;
  const start = performance.now();
  for (const s of sample) {
    const bound = (value: number) =>
      compositeAvailability({
        graph: {
          edges: prepared.graph.edges,
          nodes: prepared.graph.nodes.map(n => {
            if (n.id === s.id) return { id: n.id };
            if (n.id === prepared.changed)
              return { id: n.id, availability: value };
            return n;
          }),
        },
        root: s.id,
        maxDepth: DEPENDENCY_DEPTH,
      }).bound;
    maxDifference = Math.max(
      maxDifference,
      Math.abs(bound(prepared.current) - s.currentComposite),
      Math.abs(bound(prepared.proposed) - s.projectedComposite),
    );
  }
  const perServiceMs = (performance.now() - start) / sample.length;
  return {
    sample: sample.length,
    perServiceMs,
    totalMs: perServiceMs * impacted.length,
    maxDifference,
  };
}
