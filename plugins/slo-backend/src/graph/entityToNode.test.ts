import { componentEntity } from '../__testUtils__/entities';
import { entityToNode } from './entityToNode';

describe('entityToNode', () => {
  it('keys by the lower-cased ref and takes owner and system from relations', () => {
    const entity = componentEntity('Checkout', {
      owner: 'Team-A',
      system: 'shop',
    });
    entity.metadata.title = 'Checkout service';
    expect(entityToNode(entity)).toEqual({
      entityRef: 'component:default/checkout',
      kind: 'component',
      namespace: 'default',
      name: 'checkout',
      title: 'Checkout service',
      type: 'service',
      owner: 'group:default/team-a',
      system: 'system:default/shop',
      lifecycle: 'production',
      source: 'catalog',
      discovered: false,
      external: false,
      publishedSla: undefined,
      metricName: undefined,
      issues: [],
    });
  });

  it('leaves absent metadata undefined and falls back to a user owner', () => {
    const entity = componentEntity('orders-db', { kind: 'Resource' });
    entity.spec = {};
    entity.relations = [{ type: 'ownedBy', targetRef: 'user:default/jane' }];
    const node = entityToNode(entity);
    expect(node.owner).toBe('user:default/jane');
    expect(node.type).toBeUndefined();
    expect(node.system).toBeUndefined();
    expect(node.lifecycle).toBeUndefined();
  });
});

describe('entityToNode annotations', () => {
  it('marks external entities with their SLA and keeps the metric name', () => {
    const entity = componentEntity('payment-gateway');
    entity.metadata.annotations = {
      'slo-engine.io/external-sla': '99.95',
      'slo-engine.io/prometheus-service': 'pgw',
    };
    expect(entityToNode(entity)).toMatchObject({
      external: true,
      publishedSla: 0.9995,
      metricName: 'pgw',
    });
  });
});
