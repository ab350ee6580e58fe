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
      owner: 'group:default/Team-A',
      system: 'system:default/shop',
      lifecycle: 'production',
      source: 'catalog',
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
