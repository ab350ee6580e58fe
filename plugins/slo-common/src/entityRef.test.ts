import { parseEntityRefParts, toEntityRef } from './entityRef';
import { entityPathParamsSchema } from './types/service';

describe('toEntityRef', () => {
  it('lower-cases the whole reference', () => {
    expect(
      toEntityRef({
        kind: 'Component',
        namespace: 'Default',
        name: 'Checkout',
      }),
    ).toBe('component:default/checkout');
  });
});

describe('parseEntityRefParts', () => {
  it.each([
    [
      'component:default/checkout',
      { kind: 'component', namespace: 'default', name: 'checkout' },
    ],
    [
      'resource:shop/orders-db',
      { kind: 'resource', namespace: 'shop', name: 'orders-db' },
    ],
    ['checkout', { kind: 'component', namespace: 'default', name: 'checkout' }],
    [
      'team/checkout',
      { kind: 'component', namespace: 'team', name: 'checkout' },
    ],
  ])('%s', (ref, parts) => {
    expect(parseEntityRefParts(ref)).toEqual(parts);
  });

  it('uses given defaults and rejects malformed refs', () => {
    expect(parseEntityRefParts('db', { kind: 'resource' })?.kind).toBe(
      'resource',
    );
    expect(parseEntityRefParts('a:b:c/d')).toBeUndefined();
    expect(parseEntityRefParts('')).toBeUndefined();
  });
});

describe('entityPathParamsSchema', () => {
  it('accepts catalog names and rejects path tricks', () => {
    expect(
      entityPathParamsSchema.safeParse({
        kind: 'component',
        namespace: 'default',
        name: 'payments.v2_eu',
      }).success,
    ).toBe(true);
    for (const name of ['..', '-x', 'a/b', 'x'.repeat(64), '']) {
      expect(
        entityPathParamsSchema.safeParse({
          kind: 'component',
          namespace: 'default',
          name,
        }).success,
      ).toBe(false);
    }
  });
});
