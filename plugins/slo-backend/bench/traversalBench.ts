import { Rng } from '@slo-engine/telemetry-generator';
import { Knex } from 'knex';
import { TraversalOptions } from '../src/graph/GraphModel';
import { IngestionService } from '../src/graph/IngestionService';
import { withPostgres } from './databases';
import { generateGraph, refOf, toIngestionBody } from './generateGraph';
import { gc, measure, percentiles, Percentiles } from './measure';

const OPTIONS: TraversalOptions = {
  direction: 'downstream',
  depth: 3,
  includeExternal: true,
  includeStale: false,
};

/** Distinct nodes reachable within `depth` hops over non-stale edges. */
const CTE = `
WITH RECURSIVE walk(ref, depth) AS (
  SELECT CAST(? AS varchar(255)), 0
  UNION
  SELECT e.to_ref, w.depth + 1
  FROM walk w JOIN graph_edges e ON e.from_ref = w.ref
  WHERE w.depth < ? AND e.stale = false
)
SELECT ref, MIN(depth) AS depth FROM walk GROUP BY ref`;

async function cte(knex: Knex, root: string): Promise<number> {
  const result = await knex.raw(CTE, [root, OPTIONS.depth]);
  return result.rows.length;
}

export interface TraversalResult {
  services: number;
  edges: number;
  roots: number;
  /** Mean nodes in a 3-hop downstream subgraph (root included). */
  meanNodes: number;
  maxNodes: number;
  model: Percentiles;
  /** `store.model()` (snapshot check against the database) plus subgraph. */
  storeModel: Percentiles;
  cte: Percentiles;
  /** Roots where the CTE and the model reached different node counts. */
  mismatches: number;
  coldBuild: Percentiles;
  modelRetainedMb: number;
}

export async function traversalBench(
  services: number,
  edges: number,
  roots: number,
  coldBuilds: number,
): Promise<TraversalResult> {
  const graph = generateGraph({ services, edges });
  return withPostgres(async ({ knex, store, newStore }) => {
    await new IngestionService(store).ingest(
      toIngestionBody(graph),
      'user:default/bench',
    );
    await knex.raw('ANALYZE');

    const cold: number[] = [];
    let retained = 0;
    for (let i = 0; i < coldBuilds; i++) {
      const fresh = await newStore();
      const m = await measure(() => fresh.model());
      cold.push(m.ms);
      retained = m.memory.retainedMb;
    }

    const rng = new Rng(7);
    const refs = Array.from({ length: roots }, () =>
      refOf(graph.services[Math.floor(rng.next() * services)]),
    );
    const model = await store.model();
    // Warm-up: JIT for the walk, plan cache and buffers for the CTE.
    for (const root of refs.slice(0, 100)) {
      model.subgraph(root, OPTIONS);
      await cte(knex, root);
    }

    gc();
    const modelTimes: number[] = [];
    const sizes: number[] = [];
    for (const root of refs) {
      const t = performance.now();
      const sub = model.subgraph(root, OPTIONS);
      modelTimes.push(performance.now() - t);
      sizes.push(sub.nodes.length);
    }
    const storeTimes: number[] = [];
    for (const root of refs) {
      const t = performance.now();
      (await store.model()).subgraph(root, OPTIONS);
      storeTimes.push(performance.now() - t);
    }
    const cteTimes: number[] = [];
    let mismatches = 0;
    for (const [i, root] of refs.entries()) {
      const t = performance.now();
      const count = await cte(knex, root);
      cteTimes.push(performance.now() - t);
      if (count !== sizes[i]) mismatches++;
    }
    return {
      services,
      edges,
      roots,
      meanNodes: sizes.reduce((a, b) => a + b, 0) / sizes.length,
      maxNodes: Math.max(...sizes),
      model: percentiles(modelTimes),
      storeModel: percentiles(storeTimes),
      cte: percentiles(cteTimes),
      mismatches,
      coldBuild: percentiles(cold),
      modelRetainedMb: retained,
    };
  });
}
