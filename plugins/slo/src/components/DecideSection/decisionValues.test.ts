import {
  checkoutRecommendation,
  latency,
} from '../../__fixtures__/recommendations';
import { recommendedTargets } from '@slo-engine/plugin-slo-common';
import { initialValues } from './decisionValues';

describe('initialValues', () => {
  it.each([
    ['conservative', '99', '750'],
    ['balanced', '99.5', '250'],
    ['aggressive', '99.9', '150'],
  ] as const)('fills in the %s tier', (tier, availability, latencyMs) => {
    expect(initialValues(checkoutRecommendation, tier, 'modify')).toEqual({
      action: 'modify',
      tier,
      availability,
      latency: latencyMs,
      windowDays: '30',
      rationale: '',
    });
  });

  it('leaves out a part the recommendation lacks', () => {
    const latencyOnly = {
      ...checkoutRecommendation,
      recommendations: [latency],
    };
    expect(initialValues(latencyOnly, 'balanced').availability).toBe('');
  });
});

describe('recommendedTargets of a tier', () => {
  it.each([
    ['conservative', { availability: 99, latency_p999_ms: 750 }],
    ['balanced', { availability: 99.5, latency_p99_ms: 250 }],
    ['aggressive', { availability: 99.9, latency_p95_ms: 150 }],
  ] as const)('%s', (tier, expected) => {
    expect(recommendedTargets(checkoutRecommendation, tier)).toEqual(expected);
  });
});
