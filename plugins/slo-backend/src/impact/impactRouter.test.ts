import { mockErrorHandler } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { DependencyEdge } from '@slo-engine/plugin-slo-common';
import express from 'express';
import request from 'supertest';
import { SliAggregate } from '../aggregation/SliAggregate';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { graphNode } from '../__testUtils__/graphFixtures';
import { GraphModel } from '../graph/GraphModel';
import { GraphStore } from '../graph/GraphStore';
import { ImpactAnalysisService } from './ImpactAnalysisService';
import { createImpactRouter } from './impactRouter';

const ref = (name: string) => `component:default/${name}`;
const edge = (
  from: string,
  to: string,
  extra: Partial<DependencyEdge> = {},
): DependencyEdge => ({
  from: ref(from),
  to: ref(to),
  criticality: 'hard',
  communicationMode: 'sync',
  primarySource: 'catalog',
  confidence: 1,
  lastObservedAt: '2026-11-01T00:00:00Z',
  stale: false,
  observations: [],
  ...extra,
});

/**
 * gateway → checkout → payments (external, SLA 99.96%) and checkout →
 * ledger; reports ⇢ ledger is soft. Active targets: gateway 99.9%,
 * checkout 99.5%; ledger has none but 99.9% observed.
 */
const model = new GraphModel(
  [
    graphNode('gateway'),
    graphNode('checkout'),
    graphNode('payments', { external: true, publishedSla: 0.9996 }),
    graphNode('ledger'),
    graphNode('reports'),
  ],
  [
    edge('gateway', 'checkout'),
    edge('checkout', 'payments'),
    edge('checkout', 'ledger'),
    edge('reports', 'ledger', { criticality: 'soft' }),
    // A stale edge is left out: gateway does not call ledger directly.
    edge('gateway', 'ledger', { stale: true }),
  ],
  'snap-1',
);
const now = new Date('2026-11-20T12:00:00Z');
const bucket = (name: string, good: number, total: number): SliAggregate => ({
  entityRef: ref(name),
  resolution: 'day',
  bucketStart: new Date('2026-11-19T00:00:00Z'),
  good,
  total,
  availability: good / total,
  gap: false,
});

function setup(deny = false) {
  const listMany = jest.fn(async () => [bucket('ledger', 999, 1000)]);
  const activeTargets = jest.fn(
    async (refs: string[]) =>
      new Map(
        [
          [ref('gateway'), 0.999],
          [ref('checkout'), 0.995],
        ].filter(([r]) => refs.includes(r as string)) as [string, number][],
      ),
  );
  const service = new ImpactAnalysisService({
    graph: { model: async () => model } as unknown as GraphStore,
    aggregates: { listMany } as unknown as SliAggregateStore,
    activeTargets,
    now: () => now,
  });
  const authorize = jest.fn(async () => {
    if (deny) throw new NotAllowedError('no');
  });
  const app = express()
    .use(createImpactRouter({ service, authorize }))
    .use(mockErrorHandler());
  return { app, listMany, activeTargets, authorize };
}

const post = (app: express.Express, body: unknown) =>
  request(app)
    .post('/slos/impact-analysis')
    .send(body as object);
const change = (extra: object = {}) => ({
  sli_type: 'availability',
  proposed_target: 99,
  ...extra,
});

describe('POST /slos/impact-analysis', () => {
  it('lists upstream services with at-risk flags checked by hand (200)', async () => {
    const { app, listMany, activeTargets } = setup();
    const res = await post(app, {
      service_id: 'ledger',
      proposed_change: change(),
    });
    expect(res.status).toBe(200);
    // checkout: payments 0.9986 (SLA less 0.1 point) × ledger.
    //   now 0.9986 × 0.999 = 0.9976014, then 0.9986 × 0.99 = 0.988614
    // gateway: checkout's own 0.995 on top.
    //   now 0.992613393, then 0.98367093
    expect(res.body.impacted_services).toEqual([
      expect.objectContaining({
        service_id: ref('checkout'),
        relationship: 'upstream',
        via: 'hard',
        current_composite_availability: 99.7601,
        projected_composite_availability: 98.8614,
        delta: -0.8987,
        current_slo_target: 99.5,
        slo_at_risk: true,
        already_below_target: false,
      }),
      expect.objectContaining({
        service_id: ref('gateway'),
        relationship: 'upstream (transitive)',
        current_composite_availability: 99.2613,
        projected_composite_availability: 98.3671,
        delta: -0.8942,
        current_slo_target: 99.9,
        slo_at_risk: true,
        already_below_target: true,
      }),
      expect.objectContaining({
        service_id: ref('reports'),
        relationship: 'upstream',
        via: 'soft-or-async',
        current_composite_availability: 100,
        delta: 0,
        current_slo_target: null,
        slo_at_risk: null,
      }),
    ]);
    expect(res.body).toMatchObject({
      analysis_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      service_id: ref('ledger'),
      // No active SLO: the current value is the observed availability.
      proposed_change: { current_target: 99.9, proposed_target: 99 },
      cycles: [],
      graph_snapshot_id: 'snap-1',
      summary: {
        total_impacted: 3,
        slos_at_risk: 2,
        recommendation:
          'Reducing component:default/ledger to 99.00% lowers the composite ' +
          'of 2 of 3 upstream services and puts 2 SLOs at risk of breach.',
      },
    });
    // One batched read each, over the services in scope only.
    expect(listMany).toHaveBeenCalledTimes(1);
    expect(activeTargets).toHaveBeenCalledTimes(1);
    expect(activeTargets.mock.calls[0][0].sort()).toEqual(
      ['checkout', 'gateway', 'ledger', 'payments', 'reports'].map(ref),
    );
  });

  it('accepts a proposal equal to the current target', async () => {
    const { app } = setup();
    const res = await post(app, {
      service_id: 'component:default/ledger',
      proposed_change: change({ current_target: 99.9, proposed_target: 99.9 }),
    });
    expect(res.status).toBe(200);
    expect(res.body.impacted_services.map((s: any) => s.delta)).toEqual([
      0, 0, 0,
    ]);
    expect(res.body.summary.recommendation).toMatch(/^Keeping .* at 99.90%/);
  });

  it.each`
    what                            | body                                                                            | message
    ${'a latency change'}           | ${{ service_id: 'ledger', proposed_change: change({ sli_type: 'latency' }) }}   | ${'only availability changes can be analysed'}
    ${'a target of 100%'}           | ${{ service_id: 'ledger', proposed_change: change({ proposed_target: 100 }) }}  | ${'proposed_target must be below 100%'}
    ${'a target of 0%'}             | ${{ service_id: 'ledger', proposed_change: change({ current_target: 0 }) }}     | ${'current_target must be above 0%'}
    ${'a target given as a string'} | ${{ service_id: 'ledger', proposed_change: change({ proposed_target: '99' }) }} | ${'proposed_target must be a number in percent'}
    ${'no service'}                 | ${{ proposed_change: change() }}                                                | ${'service_id: Required'}
    ${'an unknown field'}           | ${{ service_id: 'ledger', proposed_change: change(), extra: 1 }}                | ${'Unrecognized key'}
    ${'a malformed service id'}     | ${{ service_id: 'a:b/c/d', proposed_change: change() }}                         | ${'is not an entity reference'}
    ${'no current value known'}     | ${{ service_id: 'reports', proposed_change: change() }}                         | ${'current_target is required'}
  `('rejects $what (400)', async ({ body, message }) => {
    const res = await post(setup().app, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('answers 404 for a service outside the graph', async () => {
    const res = await post(setup().app, {
      service_id: 'nowhere',
      proposed_change: change(),
    });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('component:default/nowhere');
  });

  it('checks authorization before anything else (403)', async () => {
    const { app, listMany } = setup(true);
    const res = await post(app, { service_id: 'ledger' });
    expect(res.status).toBe(403);
    expect(listMany).not.toHaveBeenCalled();
  });
});
