import { ServiceUnavailableError } from '@backstage/errors';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { GraphStore } from '../graph/GraphStore';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { RecommendationService } from './RecommendationService';
import { RecommendationStore } from './RecommendationStore';
import {
  c,
  node,
  NOW,
  seedShop,
  shopEdges,
  shopNodes,
} from '../__testUtils__/shopFixtures';
import {
  AvailabilityRecommendation,
  LatencyRecommendation,
  SloRecommendationResponse,
} from './types';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const all = {
  sliType: 'all' as const,
  lookbackDays: 60,
  forceRegenerate: false,
};
const later = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

const availabilityOf = (body: SloRecommendationResponse) =>
  body.recommendations.find(
    r => r.sli_type === 'availability',
  ) as AvailabilityRecommendation;
const latencyOf = (body: SloRecommendationResponse) =>
  body.recommendations.find(
    r => r.sli_type === 'latency',
  ) as LatencyRecommendation;

describe.each(databases.eachSupportedId())('RecommendationService (%s)', id => {
  async function setup() {
    const { database } = await initDatabaseService(databases, id);
    const graph = await GraphStore.create({ database });
    const aggregates = await SliAggregateStore.create({ database });
    const store = await RecommendationStore.create({ database });
    await seedShop(graph, aggregates);
    const service = new RecommendationService({ store, graph, aggregates });
    return { graph, aggregates, store, service };
  }

  it('recommends ordered tiers within the composite bound, with provenance, and caches', async () => {
    const { graph, store, service } = await setup();
    const body = await service.get(c('checkout'), all, NOW);
    const model = await graph.model();

    expect(body).toMatchObject({
      service_id: c('checkout'),
      generated_at: NOW.toISOString(),
      expires_at: later(24).toISOString(),
      stale: false,
      graph_snapshot_id: model.snapshotId,
      lookback_window: {
        start: '2025-12-31T00:00:00.000Z',
        end: '2026-03-01T00:00:00.000Z',
        requested_days: 60,
        days: 60,
      },
      cold_start: null,
      data_quality: {
        data_completeness: 1,
        telemetry_gaps: [],
        low_confidence: false,
        data_days: 60,
      },
    });
    const { tiers, explanation } = availabilityOf(body);
    expect(tiers.conservative.target).toBeLessThanOrEqual(
      tiers.balanced.target,
    );
    expect(tiers.balanced.target).toBeLessThanOrEqual(tiers.aggressive.target);
    // cart .9999 × payments (observed: 22,700 bad of 60M)
    // × payment-gateway (no telemetry: SLA .9995 − 0.1 point); checkout's
    // own history is not part of the bound, recommendations is soft.
    const impact = explanation.dependency_impact;
    expect(impact.composite_availability_bound).toBeCloseTo(
      0.9999 * (1 - 22_700 / 60_000_000) * 0.9985 * 100,
      5,
    );
    expect(tiers.balanced.target).toBeLessThanOrEqual(
      impact.composite_availability_bound,
    );
    expect(tiers.aggressive.target).toBeLessThanOrEqual(
      impact.composite_availability_bound,
    );
    expect(impact).toMatchObject({
      bottleneck_service: c('payment-gateway'),
      bottleneck_availability: 99.85,
      bound_is_binding: true,
      confidence: 1,
      unknown_availability: [],
    });
    expect(impact.bottleneck_budget_share).toBeGreaterThan(0);
    expect(explanation.feature_attribution.length).toBeGreaterThan(0);
    expect(explanation.counterfactuals[0].condition).toContain(
      'payment-gateway',
    );
    expect(latencyOf(body)).toMatchObject({ source: 'data' });

    // Deterministic for the same inputs.
    const again = await service.get(
      c('checkout'),
      { ...all, forceRegenerate: true },
      NOW,
    );
    expect({ ...again, recommendation_id: 'x' }).toEqual({
      ...body,
      recommendation_id: 'x',
    });
    expect(again.recommendation_id).not.toBe(body.recommendation_id);
    expect(await store.get(body.recommendation_id)).toMatchObject({
      status: 'superseded',
    });

    const cached = await service.get(c('checkout'), all, later(1));
    expect(cached.recommendation_id).toBe(again.recommendation_id);
    const expired = await service.get(c('checkout'), all, later(25));
    expect(expired.recommendation_id).not.toBe(again.recommendation_id);
  });

  it('regenerates when the graph changes or the recommendation was marked stale', async () => {
    const { graph, service } = await setup();
    const first = await service.get(c('checkout'), all, NOW);
    expect(
      (await service.get(c('checkout'), all, later(1))).recommendation_id,
    ).toBe(first.recommendation_id);

    await graph.syncCatalog([...shopNodes(), node('audit')], shopEdges());
    const regenerated = await service.get(c('checkout'), all, later(2));
    expect(regenerated.recommendation_id).not.toBe(first.recommendation_id);
    expect(regenerated.graph_snapshot_id).not.toBe(first.graph_snapshot_id);

    expect(await service.markStale(c('checkout'), 'SLO accepted')).toBe(1);
    const afterStale = await service.get(c('checkout'), all, later(3));
    expect(afterStale.recommendation_id).not.toBe(
      regenerated.recommendation_id,
    );
  });

  it('gives a young service a low-confidence, archetype-blended recommendation', async () => {
    const { service } = await setup();
    const body = await service.get(
      c('young'),
      { ...all, lookbackDays: 30 },
      NOW,
    );
    expect(body.lookback_window).toMatchObject({
      requested_days: 30,
      days: 90,
    });
    expect(body.cold_start).toMatchObject({ archetype: 'backend-service' });
    expect(body.archetype.id).toBe('backend-service');
    expect(body.data_quality).toMatchObject({
      data_days: 10,
      low_confidence: true,
    });
    expect(body.data_quality.confidence_note).toContain('archetype');
    expect(availabilityOf(body).explanation.summary).toContain(
      'Low confidence',
    );
  });

  it('gives an entity without telemetry an archetype-based recommendation', async () => {
    const { service } = await setup();
    const body = await service.get(c('silent'), all, NOW);
    expect(body.data_quality).toMatchObject({
      data_completeness: 0,
      data_days: 0,
      telemetry_status: 'no_data',
      low_confidence: true,
    });
    expect(body.data_quality.confidence_note).toContain(
      'telemetry status no_data: no samples',
    );
    expect(availabilityOf(body).tiers.balanced.target).toBe(99.9);
    expect(latencyOf(body)).toMatchObject({
      source: 'archetype',
      tiers: { balanced: { target_ms: 500 } },
    });
  });

  it('filters by sli_type and caches each type separately', async () => {
    const { service } = await setup();
    const body = await service.get(
      c('checkout'),
      { ...all, sliType: 'latency' },
      NOW,
    );
    expect(body.recommendations.map(r => r.sli_type)).toEqual(['latency']);
    const avail = await service.get(
      c('checkout'),
      { ...all, sliType: 'availability' },
      NOW,
    );
    expect(avail.recommendations.map(r => r.sli_type)).toEqual([
      'availability',
    ]);
    expect(avail.recommendation_id).not.toBe(body.recommendation_id);
  });

  it('serves the last stored recommendation as stale when generating fails', async () => {
    const { aggregates, service } = await setup();
    const first = await service.get(c('checkout'), all, NOW);
    jest
      .spyOn(aggregates, 'list')
      .mockRejectedValue(new Error('Prometheus unavailable'));

    const forced = await service.get(
      c('checkout'),
      { ...all, forceRegenerate: true },
      later(1),
    );
    expect(forced).toMatchObject({
      recommendation_id: first.recommendation_id,
      stale: true,
      stale_reason: 'regeneration failed: Prometheus unavailable',
    });

    await service.markStale(c('checkout'), 'drift detected');
    await expect(
      service.get(c('checkout'), all, later(2)),
    ).resolves.toMatchObject({
      recommendation_id: first.recommendation_id,
      stale: true,
      stale_reason:
        'drift detected; regeneration failed: Prometheus unavailable',
    });

    const none = service.get(c('cart'), all, NOW);
    await expect(none).rejects.toThrow(ServiceUnavailableError);
    await expect(none).rejects.toThrow(/none is stored.*retry/);
  });
});
