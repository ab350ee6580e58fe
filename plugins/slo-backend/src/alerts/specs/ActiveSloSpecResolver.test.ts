import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { componentEntity } from '../../__testUtils__/entities';
import type { GraphNode } from '../../graph/GraphNode';
import type { StoredSlo } from '../../lifecycle/types';
import { DEFAULT_TELEMETRY_MAPPING } from '../../telemetry/readTelemetryConfig';
import { ActiveSloSpecResolver } from './ActiveSloSpecResolver';

const slo = (entityRef: string, targets: StoredSlo['targets']): StoredSlo => ({
  id: `slo-${entityRef}`,
  entityRef,
  status: 'active',
  targets,
  windowDays: 28,
  source: 'recommendation_accepted',
  activatedAt: new Date('2026-11-01T00:00:00Z'),
  activatedBy: 'user:default/alice',
});

const node = (name: string, owner: string, system?: string): GraphNode => ({
  entityRef: `component:default/${name}`,
  kind: 'component',
  namespace: 'default',
  name,
  owner,
  ...(system ? { system } : {}),
  source: 'catalog',
  discovered: false,
  external: false,
  issues: [],
});

function withAnnotations(e: Entity, annotations: Record<string, string>) {
  return { ...e, metadata: { ...e.metadata, annotations } };
}

function setup(options: {
  slos: StoredSlo[];
  entities: Record<string, Entity>;
  nodes: GraphNode[];
  buckets?: number[] | { unknown: string };
}) {
  const read = jest.fn(async () => options.buckets ?? [0.1, 0.25, 0.5, 1]);
  const resolver = new ActiveSloSpecResolver({
    slos: {
      activeSlo: async ref => options.slos.find(s => s.entityRef === ref),
      listActive: async () => options.slos,
    },
    graph: {
      getNode: async ref => options.nodes.find(n => n.entityRef === ref),
      listNodes: async f =>
        options.nodes.filter(
          n =>
            (!f.owner || n.owner === f.owner) &&
            (!f.system || n.system === f.system),
        ),
    },
    loadEntities: async refs => refs.map(r => options.entities[r]),
    telemetry: DEFAULT_TELEMETRY_MAPPING,
    alerting: { burnRateType: 'static', minTrafficEvents: 50 },
    buckets: { read },
    logger: mockServices.logger.mock(),
  });
  return { resolver, read };
}

const CHECKOUT = 'component:default/checkout';
const SEARCH = 'component:default/search';

describe('ActiveSloSpecResolver', () => {
  it('turns availability and each latency target into a spec on the entity series', async () => {
    const { resolver, read } = setup({
      slos: [
        slo(CHECKOUT, {
          availability: 99.95,
          latency_p99_ms: 500,
          latency_p95_ms: 200,
        }),
      ],
      entities: {
        [CHECKOUT]: withAnnotations(componentEntity('checkout'), {
          'slo-engine.io/prometheus-selector': '{env="prod"}',
          'slo-engine.io/burn-rate-type': 'Dynamic',
        }),
      },
      nodes: [
        node('checkout', 'group:default/payments', 'system:default/shop'),
      ],
    });
    const result = await resolver.specsFor(CHECKOUT);
    expect(read).toHaveBeenCalledWith(
      'http_server_request_duration_seconds_bucket{service="checkout",env="prod"}',
    );
    expect(result.owner).toBe('group:default/payments');
    expect(result.system).toBe('system:default/shop');
    expect(result.notes).toEqual([]);
    const rows = result.specs.map(({ sli, spec }) => [
      sli,
      spec.sloName,
      spec.objective,
      spec.indicator.kind === 'latency-classic'
        ? spec.indicator.thresholdSeconds
        : null,
      spec.burnRateType,
      spec.minTrafficEvents,
      spec.windowDays,
    ]);
    expect(rows).toEqual([
      [
        'availability',
        'component-default-checkout-availability',
        0.9995,
        null,
        'dynamic',
        50,
        28,
      ],
      [
        'latency_p95_ms',
        'component-default-checkout-latency-p95',
        0.95,
        0.2,
        'dynamic',
        50,
        28,
      ],
      [
        'latency_p99_ms',
        'component-default-checkout-latency-p99',
        0.99,
        0.5,
        'dynamic',
        50,
        28,
      ],
    ]);
    expect(result.specs[0].spec.indicator).toEqual({
      kind: 'ratio',
      total: {
        metric: 'http_server_requests_total',
        matchers: [
          { name: 'service', op: '=', value: 'checkout' },
          { name: 'env', op: '=', value: 'prod' },
        ],
      },
      errors: {
        metric: 'http_server_requests_total',
        matchers: [
          { name: 'service', op: '=', value: 'checkout' },
          { name: 'env', op: '=', value: 'prod' },
          { name: 'code', op: '=~', value: '5..' },
        ],
      },
    });
  });

  it('leaves latency out, with the reason, when the bucket boundaries are unknown', async () => {
    const { resolver } = setup({
      slos: [slo(CHECKOUT, { availability: 99.9, latency_p99_ms: 300 })],
      entities: { [CHECKOUT]: componentEntity('checkout') },
      nodes: [],
      buckets: { unknown: 'no histogram series match x in the last day' },
    });
    const result = await resolver.specsFor(CHECKOUT);
    expect(result.specs.map(s => s.sli)).toEqual(['availability']);
    expect(result.notes).toEqual([
      'latency-p99 has no alert rules: no histogram series match x in the last day',
    ]);
  });

  it('says what to do when there is no active SLO or entity (404), or the annotation is wrong (400)', async () => {
    const { resolver } = setup({
      slos: [slo(SEARCH, { availability: 99 })],
      entities: {
        [SEARCH]: withAnnotations(componentEntity('search'), {
          'slo-engine.io/burn-rate-type': 'fast',
        }),
      },
      nodes: [],
    });
    await expect(resolver.specsFor(CHECKOUT)).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining(
        'accept or modify one of its recommendations',
      ),
    });
    await expect(resolver.specsFor(SEARCH)).rejects.toMatchObject({
      name: 'InputError',
      message:
        'component:default/search: annotation slo-engine.io/burn-rate-type is "fast"; use static or dynamic',
    });
  });

  it('filters the fleet by owner and system and skips entities it cannot map', async () => {
    const { resolver } = setup({
      slos: [
        slo(CHECKOUT, { availability: 99.9 }),
        slo(SEARCH, { availability: 99.5 }),
        slo('component:default/gone', { availability: 99 }),
      ],
      entities: {
        [CHECKOUT]: componentEntity('checkout'),
        [SEARCH]: componentEntity('search'),
      },
      nodes: [
        node('checkout', 'group:default/payments', 'system:default/shop'),
        node('search', 'group:default/discovery', 'system:default/shop'),
      ],
    });
    const refs = async (f: object) =>
      (await resolver.specsForFleet(f)).map(e => e.entityRef);
    expect(await refs({})).toEqual([CHECKOUT, SEARCH]);
    expect(await refs({ owner: 'group:default/payments' })).toEqual([CHECKOUT]);
    expect(await refs({ system: 'system:default/shop' })).toEqual([
      CHECKOUT,
      SEARCH,
    ]);
    expect(await refs({ system: 'system:default/other' })).toEqual([]);
  });
});
