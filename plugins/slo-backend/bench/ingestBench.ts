import { IngestionService } from '../src/graph/IngestionService';
import { withPostgres } from './databases';
import { generateGraph, toIngestionBody } from './generateGraph';
import { measure, Memory } from './measure';

export interface IngestRun {
  ms: number;
  memory: Memory;
  nodesCreated: number;
  edgesUpserted: number;
  warnings: number;
}

export interface IngestResult {
  services: number;
  edges: number;
  runs: IngestRun[];
}

/**
 * Times `IngestionService.ingest` of one generated graph on a fresh
 * PostgreSQL database per repetition (migrations are not timed).
 */
export async function ingestBench(
  services: number,
  edges: number,
  repetitions: number,
): Promise<IngestResult> {
  const body = toIngestionBody(generateGraph({ services, edges }));
  const runs: IngestRun[] = [];
  for (let i = 0; i < repetitions; i++) {
    runs.push(
      await withPostgres(async ({ store, knex }) => {
        const ingestion = new IngestionService(store);
        // The body is parsed by the service, as from the HTTP route.
        const copy = JSON.parse(JSON.stringify(body));
        const { result, ms, memory } = await measure(() =>
          ingestion.ingest(copy, 'user:default/bench'),
        );
        const [{ n }] = await knex('graph_edges').count({ n: '*' });
        if (Number(n) !== edges) {
          throw new Error(`Expected ${edges} stored edges, found ${n}`);
        }
        return {
          ms,
          memory,
          nodesCreated: result.nodesCreated,
          edgesUpserted: result.edgesUpserted,
          warnings: result.warnings.length,
        };
      }),
    );
  }
  return { services, edges, runs };
}
