import { ARCHETYPES } from './archetypes';
import { AvailabilityTier } from './availabilityTiers';
import { dependencyImpact, summarise } from './explain';

const balanced: AvailabilityTier = {
  target: 0.999,
  targetPercent: 99.9,
  observed: 0.9993,
  errorBudgetMonthlyMinutes: 43.2,
  breachProbability: 3.5 / 31,
  breach: {
    probability: 3.5 / 31,
    breaches: 3,
    windows: 30,
    independentWindows: 3,
    method: 'rolling-windows',
  },
  confidenceInterval: [0.9988, 0.9996],
};

describe('summarise', () => {
  it('states the target, the windows met and the chain limit', () => {
    expect(
      summarise({
        service: 'checkout',
        balanced,
        windowDays: 30,
        days: 90,
        dataDays: 90,
        bound: 0.99827,
      }),
    ).toBe(
      'Balanced target 99.9%: checkout met it in 27 of 30 rolling 30-day windows over the last 90 days; the dependency chain allows at most 99.82%.',
    );
  });

  it('states the model odds, not simulated counts, for the incident model', () => {
    // 31 of 1000 sampled windows below: (31 + ½) / 1001 = 3.1%
    const modelled: AvailabilityTier = {
      ...balanced,
      breach: {
        probability: 31.5 / 1001,
        breaches: 31,
        windows: 1000,
        independentWindows: 2,
        method: 'incident-model',
      },
    };
    expect(
      summarise({
        service: 'checkout',
        balanced: modelled,
        windowDays: 30,
        days: 60,
        dataDays: 60,
      }),
    ).toBe(
      "Balanced target 99.9%: from 60 days of history and the fleet's incident prior, checkout is expected to miss it in 3.1% of 30-day windows.",
    );
  });

  it('names the archetype on a cold start', () => {
    const text = summarise({
      service: 'new-svc',
      balanced,
      windowDays: 30,
      days: 10,
      dataDays: 10,
      coldStart: {
        archetype: ARCHETYPES['backend-service'],
        dataWeight: 1 / 3,
      },
    });
    expect(text).toBe(
      'Balanced target 99.9%: new-svc blends 10 days of data (weight 33%) with the backend service baseline of 99.9%. Low confidence until 30 days of data exist.',
    );
  });
});

describe('dependencyImpact', () => {
  it('computes the bottleneck budget share at the balanced target', () => {
    // (1 − 0.9995) / (1 − 0.999) = 0.5
    const impact = dependencyImpact(
      { ...balanced, cappedBy: 'composite-bound' },
      { bound: 0.9992, bottleneck: { id: 'payments', availability: 0.9995 } },
    );
    expect(impact.boundIsBinding).toBe(true);
    expect(impact.bottleneckBudgetShare).toBeCloseTo(0.5, 12);
    expect(dependencyImpact(balanced)).toEqual({ boundIsBinding: false });
  });
});
