import { GraphEdgeRecord } from './GraphNode';
import { mergeEdges } from './mergeEdges';

const at = new Date('2026-11-01T00:00:00Z');
const rec = (
  from: string,
  to: string,
  source: GraphEdgeRecord['source'],
  extra: Partial<GraphEdgeRecord> = {},
): GraphEdgeRecord => ({
  from,
  to,
  source,
  criticality: 'hard',
  communicationMode: 'sync',
  confidence: 1,
  lastObservedAt: at,
  stale: false,
  ...extra,
});

describe('mergeEdges', () => {
  it('takes attributes by priority manual > catalog > mesh > otel > kubernetes', () => {
    const { edges, conflicts } = mergeEdges([
      rec('a', 'b', 'kubernetes', { communicationMode: 'async' }),
      rec('a', 'b', 'otel_service_graph', { confidence: 0.4 }),
      rec('a', 'b', 'catalog', { criticality: 'soft' }),
      rec('a', 'b', 'manual', { criticality: 'degraded' }),
    ]);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      primarySource: 'manual',
      criticality: 'degraded',
      communicationMode: 'sync',
      confidence: 1,
    });
    expect(conflicts.map(c => [c.attribute, c.overridden.source])).toEqual([
      ['criticality', 'catalog'],
      ['criticality', 'otel_service_graph'],
      ['criticality', 'kubernetes'],
      ['communicationMode', 'kubernetes'],
    ]);
  });

  it('lets a fresh source win over a stale higher-priority one', () => {
    const { edges } = mergeEdges([
      rec('a', 'b', 'manual', { stale: true, criticality: 'soft' }),
      rec('a', 'b', 'otel_service_graph'),
    ]);
    expect(edges[0]).toMatchObject({
      primarySource: 'otel_service_graph',
      criticality: 'hard',
      stale: false,
    });
  });

  it('is stale only when every source is', () => {
    const { edges } = mergeEdges([
      rec('a', 'b', 'kubernetes', { stale: true }),
    ]);
    expect(edges[0].stale).toBe(true);
    expect(edges[0].confidence).toBe(0);
  });

  it('reports runtime-only and catalog-only edges', () => {
    const { edges } = mergeEdges([
      rec('web', 'api', 'catalog'),
      rec('web', 'cache', 'catalog'), // web is traced, cache call never seen
      rec('web', 'api', 'otel_service_graph'),
      rec('web', 'flags', 'otel_service_graph'), // not declared
      rec('batch', 'db', 'catalog'), // batch is not traced: no verdict
    ]);
    const divergence = Object.fromEntries(
      edges.map(e => [`${e.from}->${e.to}`, e.divergence]),
    );
    expect(divergence).toEqual({
      'web->api': undefined,
      'web->cache': 'catalog_only',
      'web->flags': 'runtime_only',
      'batch->db': undefined,
    });
  });
});
