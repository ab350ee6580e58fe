import { SloRecommendationResponse } from '@slo-engine/plugin-slo-common';
import {
  availability,
  checkoutRecommendation,
  latency,
  noTelemetry,
} from '../../../__fixtures__/recommendations';
import { availabilityOf, hasNoTelemetry, latencyOf } from './tiers';

const only = (
  recommendations: SloRecommendationResponse['recommendations'],
): SloRecommendationResponse => ({
  ...checkoutRecommendation,
  recommendations,
});

describe('tiers', () => {
  it.each([
    ['both', only([availability, latency]), availability, latency],
    ['latency first', only([latency, availability]), availability, latency],
    ['availability only', only([availability]), availability, undefined],
    ['latency only', only([latency]), undefined, latency],
    ['none', only([]), undefined, undefined],
  ])(
    'picks the parts of %s',
    (_, body, expectedAvailability, expectedLatency) => {
      expect(availabilityOf(body)).toBe(expectedAvailability);
      expect(latencyOf(body)).toBe(expectedLatency);
    },
  );

  it.each([
    [checkoutRecommendation, false],
    [noTelemetry, true],
  ])('hasNoTelemetry of %#', (body, expected) => {
    expect(hasNoTelemetry(body)).toBe(expected);
  });
});
