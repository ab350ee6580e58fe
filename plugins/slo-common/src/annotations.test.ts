import { parseDependencyAnnotations, SLO_ANNOTATIONS } from './annotations';

describe('parseDependencyAnnotations', () => {
  it('reads criticality, mode, redundancy groups and the external SLA', () => {
    const parsed = parseDependencyAnnotations(
      {
        [SLO_ANNOTATIONS.dependencyCriticality]:
          'component:default/recommendations: soft\nreviews: Degraded\n',
        [SLO_ANNOTATIONS.dependencyMode]:
          'resource:default/order-events: async',
        [SLO_ANNOTATIONS.redundancyGroups]:
          'search-index: component:default/search-index-primary, search-index-replica',
        [SLO_ANNOTATIONS.externalSla]: '99.95',
      },
      'default',
    );
    expect([...parsed.criticality]).toEqual([
      ['component:default/recommendations', 'soft'],
      ['component:default/reviews', 'degraded'],
    ]);
    expect([...parsed.mode]).toEqual([
      ['resource:default/order-events', 'async'],
    ]);
    expect([...parsed.redundancyGroup]).toEqual([
      ['component:default/search-index-primary', 'search-index'],
      ['component:default/search-index-replica', 'search-index'],
    ]);
    expect(parsed.externalSla).toBeCloseTo(0.9995, 12);
    expect(parsed.issues).toEqual([]);
  });

  it('resolves short refs in the entity namespace', () => {
    const parsed = parseDependencyAnnotations(
      { [SLO_ANNOTATIONS.dependencyCriticality]: 'cart: soft' },
      'shop',
    );
    expect([...parsed.criticality.keys()]).toEqual(['component:shop/cart']);
  });

  it('reports every invalid value and keeps the valid ones', () => {
    const parsed = parseDependencyAnnotations({
      [SLO_ANNOTATIONS.dependencyCriticality]:
        'cart: critical\npayments: hard\nnonsense',
      [SLO_ANNOTATIONS.dependencyMode]: 'cart: maybe',
      [SLO_ANNOTATIONS.redundancyGroups]: 'lonely: cart\nbad name!: a, b',
      [SLO_ANNOTATIONS.externalSla]: '100',
    });
    expect([...parsed.criticality]).toEqual([
      ['component:default/payments', 'hard'],
    ]);
    expect(parsed.issues.map(i => i.annotation)).toEqual([
      SLO_ANNOTATIONS.dependencyCriticality,
      SLO_ANNOTATIONS.dependencyCriticality,
      SLO_ANNOTATIONS.dependencyMode,
      SLO_ANNOTATIONS.redundancyGroups,
      SLO_ANNOTATIONS.redundancyGroups,
      SLO_ANNOTATIONS.externalSla,
    ]);
    expect(parsed.issues[0].message).toBe(
      '"critical" for component:default/cart is not one of hard, soft, degraded',
    );
    expect(parsed.externalSla).toBeUndefined();
  });

  it('refuses a target in two redundancy groups', () => {
    const parsed = parseDependencyAnnotations({
      [SLO_ANNOTATIONS.redundancyGroups]: 'a: x, y\nb: y, z',
    });
    expect(parsed.redundancyGroup.get('component:default/y')).toBe('a');
    expect(parsed.issues[0].message).toMatch(/in groups a and b/);
  });

  it('is empty for entities without annotations', () => {
    const parsed = parseDependencyAnnotations(undefined);
    expect(
      parsed.criticality.size + parsed.mode.size + parsed.redundancyGroup.size,
    ).toBe(0);
    expect(parsed.issues).toEqual([]);
  });
});
