import { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  ENTITY,
  recommendationBody,
  seedRecommendation,
  setupStore,
} from '../lifecycle/__testUtils__/lifecycleFixtures';
import { SloNotifier } from '../notifications/SloNotifier';
import { AutoApprovalRuleStore } from './AutoApprovalRuleStore';
import { AutoApprover } from './AutoApprover';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const checkout: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout',
    annotations: { 'slo-engine.io/criticality': 'low' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-checkout' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-checkout' }],
};

describe.each(databases.eachSupportedId())('AutoApprover (%s)', id => {
  async function setup(options: { confidence?: number } = {}) {
    const { knex, store } = await setupStore(databases, id);
    const rules = new AutoApprovalRuleStore(knex);
    const send = jest.fn().mockResolvedValue(undefined);
    const approver = new AutoApprover({
      rules,
      slos: store,
      loadEntity: async ref => (ref === ENTITY ? checkout : undefined),
      logger: mockServices.logger.mock(),
      notifier: new SloNotifier({ send }, mockServices.logger.mock()),
    });
    const generated = async () => {
      const recId = await seedRecommendation(knex);
      return {
        ...recommendationBody(),
        recommendation_id: recId,
        service_id: ENTITY,
        data_quality: { confidence: options.confidence ?? 0.9 },
      } as unknown as SloRecommendationResponse;
    };
    return { knex, store, rules, approver, send, generated };
  }

  it('accepts the rule’s tier as auto_approve with the rule as actor', async () => {
    const { store, rules, approver, send, generated } = await setup();
    await rules.add(
      {
        name: 'low-risk',
        enabled: true,
        conditions: {
          tier: 'conservative',
          criticality: ['low', 'medium'],
          confidence_min: 0.85,
        },
      },
      'user:default/ada',
    );
    expect(await approver.onGenerated(await generated())).toEqual({
      status: 'approved',
      rule: 'low-risk',
    });
    const active = await store.activeSlo(ENTITY);
    expect(active).toMatchObject({
      activatedBy: 'auto-approval-rule:low-risk',
      selectedTier: 'conservative',
      targets: { availability: 99.5, latency_p99_ms: 800 },
    });
    const { items } = await store.history(ENTITY, {});
    expect(items.map(e => [e.action, e.actor])).toEqual([
      ['auto_approve', 'auto-approval-rule:low-risk'],
    ]);
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        recipients: { type: 'entity', entityRef: ENTITY },
        payload: expect.objectContaining({
          title: `SLO for ${ENTITY} auto-approved at 99.5%`,
          link: '/catalog/default/component/checkout/slo',
        }),
      }),
    );

    // The same targets again: nothing new is written.
    expect(await approver.onGenerated(await generated())).toEqual({
      status: 'unchanged',
      rule: 'low-risk',
    });
    expect((await store.history(ENTITY, {})).items).toHaveLength(1);
  });

  it('leaves disabled and non-matching rules alone and asks the owners', async () => {
    const { store, rules, approver, send, generated } = await setup({
      confidence: 0.5,
    });
    await rules.add(
      {
        name: 'off',
        enabled: false,
        conditions: { tier: 'balanced', criticality: ['low'] },
      },
      'user:default/ada',
    );
    expect(await approver.onGenerated(await generated())).toEqual({
      status: 'no_rules',
    });
    await rules.add(
      {
        name: 'confident',
        enabled: true,
        conditions: { tier: 'balanced', confidence_min: 0.85 },
      },
      'user:default/ada',
    );
    expect(await approver.onGenerated(await generated())).toEqual({
      status: 'no_match',
      mismatches: { confident: ['confidence 0.50 below 0.85'] },
    });
    expect(await store.activeSlo(ENTITY)).toBeUndefined();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[0][0].payload).toMatchObject({
      title: `SLO recommendation for ${ENTITY} awaits your decision`,
      scope: `slo:awaiting-decision:${ENTITY}`,
    });
  });

  it('never overrides an owner’s decision', async () => {
    const { knex, store, rules, approver, generated } = await setup();
    const recId = await seedRecommendation(knex);
    await store.decide({
      entityRef: ENTITY,
      actor: 'user:default/bo',
      decision: {
        action: 'accept',
        recommendation_id: recId,
        selected_tier: 'balanced',
      },
    });
    await rules.add(
      {
        name: 'low-risk',
        enabled: true,
        conditions: { tier: 'conservative', criticality: ['low'] },
      },
      'user:default/ada',
    );
    expect(await approver.onGenerated(await generated())).toEqual({
      status: 'human_decision_stands',
    });
    expect((await store.activeSlo(ENTITY))?.activatedBy).toBe(
      'user:default/bo',
    );
  });
});
