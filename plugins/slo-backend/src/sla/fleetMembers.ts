import { parseSlaTarget } from '@slo-engine/plugin-slo-common';
import { GraphNode } from '../graph/GraphNode';
import { GraphStore } from '../graph/GraphStore';
import { SlaAnnotationSource } from './catalogSlaAnnotations';
import { EffectiveSlaTarget, resolveTarget } from './SlaTargetService';
import { SlaTargetStore } from './SlaTargetStore';
import { SlaFleetReport } from './types';

const NODE_PAGE = 1000;

export interface FleetFilter {
  /** Full entity refs. */
  owner?: string;
  system?: string;
}

export interface FleetMembers {
  /** By entity ref: what the engine knows of it and the target that applies. */
  declared: Map<string, { node: GraphNode; target: EffectiveSlaTarget }>;
  skipped: SlaFleetReport['skipped'];
}

async function allNodes(
  graph: Pick<GraphStore, 'listNodes'>,
  filter: FleetFilter,
): Promise<Map<string, GraphNode>> {
  const result = new Map<string, GraphNode>();
  for (let after: string | undefined; ; ) {
    const page = await graph.listNodes({ ...filter, after, limit: NODE_PAGE });
    page.forEach(n => result.set(n.entityRef, n));
    if (page.length < NODE_PAGE) return result;
    after = page[page.length - 1].entityRef;
  }
}

/**
 * The entities of the fleet report: known to the engine, within the
 * filter, with a target from the API or a valid annotation. Those with a
 * declaration that cannot be reported are returned with the reason.
 */
export async function fleetMembers(
  deps: {
    store: Pick<SlaTargetStore, 'list'>;
    annotations: SlaAnnotationSource;
    graph: Pick<GraphStore, 'listNodes'>;
  },
  filter: FleetFilter,
): Promise<FleetMembers> {
  const [api, annotated, nodes] = await Promise.all([
    deps.store.list(),
    deps.annotations.forFleet(),
    allNodes(deps.graph, { owner: filter.owner, system: filter.system }),
  ]);
  const filtered = Boolean(filter.owner || filter.system);
  const declared: FleetMembers['declared'] = new Map();
  const skipped: FleetMembers['skipped'] = [];
  for (const ref of new Set([...api.keys(), ...annotated.keys()])) {
    const node = nodes.get(ref);
    if (!node) {
      // With a filter, an entity the engine does not know cannot match it.
      if (!filtered) {
        skipped.push({
          service_id: ref,
          reason:
            'not known to the SLO engine: only catalog components and resources are',
        });
      }
      continue;
    }
    const target = resolveTarget(api.get(ref), annotated.get(ref));
    if (target) {
      declared.set(ref, { node, target });
      continue;
    }
    // Without an API target the ref came from an annotation that failed.
    const { issue } = parseSlaTarget(annotated.get(ref));
    skipped.push({
      service_id: ref,
      reason: `annotation ${issue?.annotation}: ${issue?.message}`,
    });
  }
  skipped.sort((a, b) => a.service_id.localeCompare(b.service_id));
  return { declared, skipped };
}
