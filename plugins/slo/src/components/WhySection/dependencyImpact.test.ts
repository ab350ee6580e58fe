import { AvailabilityRecommendation } from '@slo-engine/plugin-slo-common';
import {
  availability,
  boundByPayments,
} from '../../__fixtures__/recommendations';
import { availabilityOf } from '../shared';
import {
  unachievableTargetWarning,
  unknownAvailabilityNote,
} from './dependencyImpact';

const bound = availabilityOf(boundByPayments)!;

function withImpact(
  base: AvailabilityRecommendation,
  impact: Partial<
    AvailabilityRecommendation['explanation']['dependency_impact']
  >,
  tiers: AvailabilityRecommendation['tiers'] = base.tiers,
): AvailabilityRecommendation {
  return {
    ...base,
    tiers,
    explanation: {
      ...base.explanation,
      dependency_impact: { ...base.explanation.dependency_impact, ...impact },
    },
  };
}

describe('unachievableTargetWarning', () => {
  it.each([
    ['a bound that limits nothing', availability, undefined],
    [
      'a binding bound that capped two tiers',
      bound,
      'Targets above 99.457% are not achievable: the hard dependency chain allows at most that. The balanced and aggressive tiers were capped by it. Only a more reliable component:default/payments (now 99.5%) or less reliance on it can raise the bound.',
    ],
    [
      'only the aggressive tier capped, no bottleneck named',
      withImpact(
        availability,
        {
          bottleneck_service: undefined,
          bottleneck_availability: undefined,
        },
        {
          ...availability.tiers,
          aggressive: {
            ...availability.tiers.aggressive,
            capped_by: 'composite-bound',
          },
        },
      ),
      'Targets above 99.95% are not achievable: the hard dependency chain allows at most that. The aggressive tier was capped by it.',
    ],
    [
      'a tier capped by traffic only',
      withImpact(
        availability,
        {},
        {
          ...availability.tiers,
          aggressive: {
            ...availability.tiers.aggressive,
            capped_by: 'traffic-volume',
          },
        },
      ),
      undefined,
    ],
  ])('%s', (_, input, expected) => {
    expect(unachievableTargetWarning(input)).toBe(expected);
  });
});

describe('unknownAvailabilityNote', () => {
  it.each([
    [availability, undefined],
    [
      bound,
      'Availability unknown for component:default/fraud-check: counted as 100%, so the real bound may be lower (confidence 67%).',
    ],
  ])('%#', (input, expected) => {
    expect(unknownAvailabilityNote(input)).toBe(expected);
  });
});
