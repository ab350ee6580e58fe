import { InputError } from '@backstage/errors';
import { recommendationBody } from './__testUtils__/lifecycleFixtures';
import { planActivation, recommendedTargets } from './decision';
import { SloDecision } from '@slo-engine/plugin-slo-common';

const id = '00000000-0000-4000-8000-000000000001';
type Activation = Exclude<SloDecision, { action: 'reject' }>;

describe('recommendedTargets', () => {
  it.each([
    ['p99', 'balanced', { availability: 99.9, latency_p99_ms: 600 }],
    ['p95', 'aggressive', { availability: 99.95, latency_p95_ms: 450 }],
    ['p99.9', 'conservative', { availability: 99.5, latency_p999_ms: 800 }],
    // A percentile the lifecycle has no column for is left out.
    ['p50', 'balanced', { availability: 99.9 }],
  ] as const)('%s latency, %s tier', (percentile, tier, expected) => {
    expect(recommendedTargets(recommendationBody(percentile), tier)).toEqual(
      expected,
    );
  });

  it('reads nothing from a body without recommendations', () => {
    expect(recommendedTargets({}, 'balanced')).toEqual({});
  });
});

describe('planActivation', () => {
  it('accepts the tier as recommended, on a 30-day window', () => {
    expect(
      planActivation(
        { action: 'accept', recommendation_id: id, selected_tier: 'balanced' },
        recommendationBody(),
      ),
    ).toEqual({
      source: 'recommendation_accepted',
      targets: { availability: 99.9, latency_p99_ms: 600 },
      windowDays: 30,
    });
  });

  it.each<[string, Activation['selected_tier'], object, object, object]>([
    [
      'availability up 0.05 pp',
      'balanced',
      { availability_target: 99.95 },
      { availability: 99.95, latency_p99_ms: 600 },
      {
        availability: {
          recommended: 99.9,
          target: 99.95,
          delta: 0.05,
          unit: 'percentage_points',
          summary: '+0.05 pp from recommended 99.9',
        },
      },
    ],
    [
      'availability down 0.5 pp',
      'conservative',
      { availability_target: 99 },
      { availability: 99, latency_p99_ms: 800 },
      {
        availability: {
          recommended: 99.5,
          target: 99,
          delta: -0.5,
          unit: 'percentage_points',
          summary: '-0.5 pp from recommended 99.5',
        },
      },
    ],
    [
      // 99.99 - 99.95 is 0.03999999999999204 in binary floating point.
      'availability rounding noise removed',
      'aggressive',
      { availability_target: 99.99 },
      { availability: 99.99, latency_p99_ms: 450 },
      {
        availability: expect.objectContaining({
          delta: 0.04,
          summary: '+0.04 pp from recommended 99.95',
        }),
      },
    ],
    [
      'p99 latency 150 ms tighter',
      'conservative',
      { latency_p99_target_ms: 650 },
      { availability: 99.5, latency_p99_ms: 650 },
      {
        latency_p99_ms: {
          recommended: 800,
          target: 650,
          delta: -150,
          unit: 'ms',
          summary: '-150 ms from recommended 800',
        },
      },
    ],
    [
      'a p95 target the recommendation did not have',
      'balanced',
      { latency_p95_target_ms: 300 },
      { availability: 99.9, latency_p99_ms: 600, latency_p95_ms: 300 },
      {
        latency_p95_ms: {
          recommended: null,
          target: 300,
          delta: null,
          unit: 'ms',
          summary: 'set to 300; the recommendation has no such target',
        },
      },
    ],
    [
      'only the window, with an unchanged target',
      'balanced',
      { availability_target: 99.9, window_days: 28 },
      { availability: 99.9, latency_p99_ms: 600 },
      {
        window_days: {
          recommended: 30,
          target: 28,
          delta: -2,
          unit: 'days',
          summary: '-2 days from recommended 30',
        },
      },
    ],
  ])('modify: %s', (_name, tier, modifications, targets, delta) => {
    const plan = planActivation(
      {
        action: 'modify',
        recommendation_id: id,
        selected_tier: tier,
        modifications,
        rationale: 'why',
      },
      recommendationBody(),
    );
    expect(plan.source).toBe('recommendation_modified');
    expect(plan.targets).toEqual(targets);
    expect(plan.modificationDelta).toEqual(delta);
  });

  it('keeps a modified window', () => {
    const plan = planActivation(
      {
        action: 'modify',
        recommendation_id: id,
        selected_tier: 'balanced',
        modifications: { window_days: 28 },
        rationale: 'calendar alignment',
      },
      recommendationBody(),
    );
    expect(plan.windowDays).toBe(28);
  });

  it('refuses a modify that changes nothing', () => {
    expect(() =>
      planActivation(
        {
          action: 'modify',
          recommendation_id: id,
          selected_tier: 'balanced',
          modifications: { availability_target: 99.9, window_days: 30 },
          rationale: 'none',
        },
        recommendationBody(),
      ),
    ).toThrow(/send action "accept" instead/);
  });

  it('refuses a recommendation without targets for the tier', () => {
    expect(() =>
      planActivation(
        { action: 'accept', recommendation_id: id, selected_tier: 'balanced' },
        { recommendations: [] },
      ),
    ).toThrow(InputError);
  });
});
