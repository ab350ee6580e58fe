/**
 * FR-4 impact analysis: what a change of one service's availability does
 * to the composite availability of every service that depends on it.
 * See docs/algorithms.md, "Impact analysis".
 */

import { DEFAULT_MAX_DEPTH } from './compositeAvailability';
import { assertRatio } from './externalAvailability';
import { CompositeContext, upstreamComposite } from './impactComposite';
import { riskDetail } from './impactDetail';
import {
  ancestors,
  eccentricityBound,
  ImpactGraph,
  indexImpactGraph,
} from './impactGraph';
import { ReachSets, reachWithinDepth } from './impactReach';
import {
  ImpactAnalysisOptions,
  ImpactAnalysisResult,
  ImpactCycle,
  ImpactedService,
  ImpactPath,
} from './impactTypes';
import { findCycles, sccIndices } from './tarjan';

function checkOptions(options: ImpactAnalysisOptions) {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!(Number.isInteger(maxDepth) && maxDepth >= 0)) {
    throw new RangeError(`maxDepth must be an integer >= 0, got ${maxDepth}`);
  }
  assertRatio(options.current, 'current availability');
  assertRatio(options.proposed, 'proposed availability');
  return maxDepth;
}

/** Local nodes with a hard edge in a redundancy group, as one bitset row. */
function groupMask(graph: ImpactGraph, sets: ReachSets) {
  const mask = new Int32Array(sets.words);
  sets.nodes.forEach((v, lv) => {
    if (graph.hasGroup[v]) mask[lv >>> 5] |= 1 << (lv & 31);
  });
  return mask;
}

/** Hard cycles whose members reach the changed service, with their supernode values. */
function cyclesToChanged(
  ctx: CompositeContext,
  reachesChanged: Uint8Array,
): { cycles: ImpactCycle[]; cycleOf: Map<number, number> } {
  const { graph, members, changed } = ctx;
  const cycles: ImpactCycle[] = [];
  const cycleOf = new Map<number, number>();
  members.forEach((list, c) => {
    const [first] = list;
    const selfLoop =
      list.length === 1 && graph.hardChildren[first].includes(first);
    if (!(list.length > 1 || selfLoop)) return;
    if (!(reachesChanged[first] || list.includes(changed))) return;
    const ids = list.map(v => graph.ids[v]);
    const edges = list.flatMap(v => graph.hardOut[v]);
    const [cycle] = findCycles(
      ids,
      edges.filter(e => ids.includes(e.to)),
    );
    const weakest = (values: Float64Array) => {
      const known = list.map(v => values[v]).filter(a => !Number.isNaN(a));
      return known.length > 0 ? Math.min(...known) : undefined;
    };
    cycleOf.set(c, cycles.length);
    cycles.push({
      ...cycle,
      currentAvailability: weakest(ctx.before),
      projectedAvailability: weakest(ctx.after),
      containsChanged: list.includes(changed),
    });
  });
  return { cycles, cycleOf };
}

/** Output cycles the upstream service at `row` evaluates (reaches within the depth). */
function cyclesOf(
  ctx: CompositeContext,
  cycleOf: Map<number, number>,
  row: number,
) {
  const { sets } = ctx;
  const found: number[] = [];
  for (const [c, index] of cycleOf) {
    const lv = sets.localOf[ctx.members[c][0]];
    if (lv < 0) continue;
    const bits = sets.bits[row * sets.words + (lv >>> 5)];
    if (bits & (1 << (lv & 31))) found.push(index);
  }
  return found;
}

/**
 * Lists every service with a path to `changed` (over any edge), with its
 * composite before and after the change, the change in percentage terms,
 * and whether the projected composite falls below its active SLO target.
 * Results equal `compositeAvailability` for each upstream service with its
 * own availability left out and `changed` at `current`, then `proposed`.
 * Sorted by the size of the change, largest first, then by id.
 * @public
 */
export function impactAnalysis(
  options: ImpactAnalysisOptions,
): ImpactAnalysisResult {
  const maxDepth = checkOptions(options);
  const graph = indexImpactGraph(options.graph);
  const changed = graph.indexOf.get(options.changed);
  if (changed === undefined || !graph.node[changed]) {
    throw new RangeError(`${options.changed} is not a node of the graph`);
  }
  const upstream = ancestors(graph.callers, changed).order;
  const hardUpstream = ancestors(graph.hardCallers, changed).seen;
  const direct = new Set(graph.callers[changed]);

  const before = graph.availability.slice();
  before[changed] = options.current;
  const after = before.slice();
  after[changed] = options.proposed;
  const components = sccIndices(graph.hardChildren);
  const compOf = new Int32Array(graph.ids.length);
  components.forEach((list, c) => list.forEach(v => (compOf[v] = c)));
  const sets = reachWithinDepth(graph.hardChildren, upstream, maxDepth, {
    rank: compOf,
    eccentricity: eccentricityBound(graph.hardChildren, components, compOf),
  });
  const ctx: CompositeContext = {
    graph,
    sets,
    changed,
    current: options.current,
    proposed: options.proposed,
    maxDepth,
    before,
    after,
    compOf,
    members: components,
    multi: components
      .map((list, c) =>
        list.length > 1 && list.some(v => sets.localOf[v] >= 0) ? c : -1,
      )
      .filter(c => c >= 0),
    groupMask: groupMask(graph, sets),
  };
  const { cycles, cycleOf } = cyclesToChanged(ctx, hardUpstream);

  let fallbackCount = 0;
  const unknown = new Set<string>();
  const impacted = upstream.map((v): ImpactedService => {
    const id = graph.ids[v];
    const composite = upstreamComposite(ctx, v);
    if (composite.fallback) fallbackCount++;
    let via: ImpactPath = 'hard';
    if (!hardUpstream[v]) via = 'soft-or-async';
    else if (!composite.reachesChanged) via = 'beyond-depth';
    const target = options.targets.get(id);
    const row = sets.localOf[v];
    const service: ImpactedService = {
      id,
      relationship: direct.has(v) ? 'upstream' : 'upstream (transitive)',
      via,
      currentComposite: composite.current,
      projectedComposite: composite.projected,
      delta: composite.projected - composite.current,
      ...(target === undefined ? {} : { sloTarget: target }),
      sloAtRisk: target === undefined ? null : composite.projected < target,
      alreadyBelowTarget: target !== undefined && composite.current < target,
      cycles: cyclesOf(ctx, cycleOf, row),
      unknownDependencies: composite.unknown,
      riskDetail: '',
    };
    service.riskDetail = riskDetail(service, options.changed, cycles, maxDepth);
    return service;
  });
  collectUnknown(ctx, upstream, unknown);
  impacted.sort(
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.id < b.id ? -1 : 1),
  );
  return {
    changed: options.changed,
    current: options.current,
    proposed: options.proposed,
    impacted,
    cycles,
    unknownAvailability: [...unknown].sort(),
    fallbackCount,
  };
}

/** Unknown-availability nodes some upstream service evaluates besides itself. */
function collectUnknown(
  ctx: CompositeContext,
  upstream: number[],
  into: Set<string>,
) {
  const { sets, graph } = ctx;
  const union = new Int32Array(sets.words);
  for (const v of upstream) {
    const lv = sets.localOf[v];
    const row = lv * sets.words;
    for (let i = 0; i < sets.words; i++) {
      // Its own bit only counts when another upstream service sets it.
      const own = i === lv >>> 5 ? 1 << (lv & 31) : 0;
      union[i] |= sets.bits[row + i] & ~own;
    }
  }
  sets.nodes.forEach((v, lv) => {
    if (union[lv >>> 5] & (1 << (lv & 31)) && Number.isNaN(ctx.before[v])) {
      into.add(graph.ids[v]);
    }
  });
}
