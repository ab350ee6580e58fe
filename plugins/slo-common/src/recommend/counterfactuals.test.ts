import fc from 'fast-check';
import { ARCHETYPES } from './archetypes';
import { counterfactuals } from './counterfactuals';
import { normaliseHistory } from './history';
import { historyOf, twoIncidentHistory } from './testHistory';

const MODEL = {
  windowDays: 30,
  archetype: ARCHETYPES['backend-service'],
  bootstrap: { seed: 1, replicates: 100 },
};

describe('counterfactuals', () => {
  it('re-runs the balanced tier with one input changed', () => {
    const out = counterfactuals({
      ...MODEL,
      history: normaliseHistory(twoIncidentHistory()),
      bound: 0.9945,
      bottleneck: { id: 'payments', availability: 0.995 },
    });
    // actual: min(0.9979 (incident model), 0.9945) → 99%
    // payments at 0.9995: bound 0.9945 × 0.9995 / 0.995 = 0.99899, above
    // the level, so 99.5%
    expect(out[0]).toMatchObject({ balancedTarget: 0.995 });
    expect(out[0].change).toBe('payments one nine better (99.5% → 99.95%)');
    expect(out[0].delta).toBeCloseTo(0.005, 12);
    // traffic doubled: 1e6/day has no traffic cap anyway
    expect(out[1]).toMatchObject({
      change: 'traffic doubled',
      balancedTarget: 0.99,
      delta: 0,
    });
    // worst day (day 20) removed: the bound still binds
    expect(out[2]).toMatchObject({
      change: 'worst day (2026-01-21) removed',
      balancedTarget: 0.99,
    });
  });

  it('traffic doubled relaxes the traffic cap', () => {
    // 300/day: cap 1 − 10/9,000 = 0.99889 → 99.5%; 600/day: 0.99944 → 99.9%
    // 60 quiet days: the incident model's level (about 0.9993, room for
    // one fleet-prior incident) lies between the two caps, so only the cap
    // binds.
    const out = counterfactuals({
      ...MODEL,
      history: normaliseHistory(historyOf(60, () => 0, 300)),
    });
    expect(out.find(c => c.change === 'traffic doubled')).toMatchObject({
      balancedTarget: 0.999,
      delta: 0.999 - 0.995,
    });
  });

  it('a bottleneck one nine better never lowers a binding balanced target', () => {
    const history = normaliseHistory(twoIncidentHistory());
    fc.assert(
      fc.property(
        fc.double({ min: 0.99, max: 0.99999, noNaN: true }),
        fc.double({ min: 0.99, max: 0.99999, noNaN: true }),
        (bound, bottleneckAvailability) => {
          const availability = Math.max(bound, bottleneckAvailability);
          const [better] = counterfactuals({
            ...MODEL,
            history,
            bound,
            bottleneck: { id: 'dep', availability },
          });
          expect(better.delta).toBeGreaterThanOrEqual(0);
        },
      ),
      { seed: 5, numRuns: 100 },
    );
  });
});
