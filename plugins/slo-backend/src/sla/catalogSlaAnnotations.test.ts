import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { slaCatalog } from './__testUtils__/slaFixtures';
import { catalogSlaAnnotations } from './catalogSlaAnnotations';

describe('catalogSlaAnnotations', () => {
  it('reads the annotated entities of the fleet in one filtered catalog call', async () => {
    const catalog = catalogServiceMock({ entities: slaCatalog() });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const source = catalogSlaAnnotations({
      catalog,
      auth: mockServices.auth(),
    });

    const fleet = await source.forFleet();
    // The in-memory catalog applies the filter only when the symbol is the
    // catalog client's own: cart (not annotated) must be left out.
    expect(
      [...fleet.entries()].map(([ref, a]) => [
        ref,
        a['slo-engine.io/sla-target'],
      ]),
    ).toEqual([
      ['component:default/checkout', '99.5'],
      ['component:default/payments', '99.0'],
      ['component:default/inventory', '99.0'],
      ['component:default/search', 'high'],
      ['system:default/shop', '99.9'],
    ]);
    expect(getEntities).toHaveBeenCalledTimes(1);
  });

  it('reads one entity, and nothing for an entity the catalog lacks', async () => {
    const source = catalogSlaAnnotations({
      catalog: catalogServiceMock({ entities: slaCatalog() }),
      auth: mockServices.auth(),
    });
    expect(await source.forEntity('component:default/checkout')).toEqual({
      'slo-engine.io/sla-target': '99.5',
    });
    expect(await source.forEntity('component:default/cart')).toBeUndefined();
    expect(await source.forEntity('component:default/gone')).toBeUndefined();
  });
});
