import { compositeAvailability } from '@slo-engine/plugin-slo-common';
import { demoCatalogEntities } from '../__testUtils__/demoCatalog';
import { catalogGraph } from './catalogGraph';
import { GraphModel } from './GraphModel';
import { mergeEdges } from './mergeEdges';

const c = (name: string) => `component:default/${name}`;

describe('catalogGraph on the demo catalog', () => {
  const { nodes, edges } = catalogGraph(demoCatalogEntities(), new Date(0));
  const edge = (from: string, to: string) =>
    edges.find(e => e.from === c(from) && e.to === to);

  it('builds dependsOn edges and resolves consumed APIs to their providers', () => {
    expect(edge('checkout', c('payments'))).toBeDefined(); // via payments-api
    expect(edge('storefront-web', c('product-catalog'))).toBeDefined(); // via catalog-api
    expect(edges.every(e => e.from !== e.to)).toBe(true);
  });

  it('takes criticality, redundancy and external SLA from annotations', () => {
    expect(edge('checkout', c('recommendations'))?.criticality).toBe('soft');
    expect(edge('search', c('search-index-primary'))?.redundancyGroup).toBe(
      'search-index',
    );
    expect(edge('search', c('search-index-replica'))?.redundancyGroup).toBe(
      'search-index',
    );
    expect(nodes.find(n => n.name === 'payment-gateway')).toMatchObject({
      external: true,
      publishedSla: 0.9995,
    });
    expect(nodes.find(n => n.name === 'identity')?.metricName).toBe('auth');
    expect(nodes.flatMap(n => n.issues)).toEqual([]);
  });

  it('contains the orders and inventory cycle', () => {
    expect(edge('orders', c('inventory'))).toBeDefined();
    expect(edge('inventory', c('orders'))).toBeDefined();
  });

  it('gives checkout a composite bound matching a hand computation', () => {
    const model = new GraphModel(nodes, mergeEdges(edges).edges);
    const sub = model.subgraph(c('checkout'), {
      direction: 'downstream',
      depth: 10,
      includeExternal: true,
      includeStale: false,
    });
    const observed: Record<string, number> = {
      [c('checkout')]: 0.9995,
      [c('cart')]: 0.9999,
      [c('identity')]: 0.9999,
      [c('orders')]: 0.999,
      [c('inventory')]: 0.998,
      [c('payments')]: 0.9995,
      // payment-gateway: no telemetry, its published 99.95% SLA is used
      [c('recommendations')]: 0.99,
      [c('product-catalog')]: 0.9998,
      'resource:default/redis-cache': 0.9999,
      'resource:default/order-events': 0.9999,
      'resource:default/orders-db': 0.9995,
      'resource:default/catalog-db': 0.9995,
    };
    const result = compositeAvailability({
      graph: {
        nodes: sub.nodes.map(n => ({
          id: n.entityRef,
          availability: observed[n.entityRef],
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
      root: c('checkout'),
      target: 0.999,
    });
    // Hand computation, each hard sync dependency counted once:
    //   checkout .9995 × cart .9999 × identity .9999
    // × {orders, inventory} cycle as one supernode at its weakest, .998
    // × payments .9995 × payment-gateway (SLA .9995 − 0.1 point = .9985)
    // × product-catalog .9998 × redis-cache .9999 × order-events .9999
    // × orders-db .9995 × catalog-db .9995
    // = 0.9939149205790545; recommendations is soft and left out.
    expect(result.bound).toBeCloseTo(0.9939149205790545, 12);
    expect(result.achievable).toBe(false);
  });
});
