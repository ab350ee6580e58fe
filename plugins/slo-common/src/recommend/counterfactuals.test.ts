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
      bound: 0.9992,
      bottleneck: { id: 'payments', availability: 0.9995 },
    });
    // actual: min(0.99958, 0.9992) → 99.9%
    // payments at 0.99995: bound 0.9992 × 0.99995 / 0.9995 = 0.99965 → 99.95%
    expect(out[0]).toMatchObject({ balancedTarget: 0.9995 });
    expect(out[0].change).toBe('payments one nine better (99.95% → 99.995%)');
    expect(out[0].delta).toBeCloseTo(0.0005, 12);
    // traffic doubled: 1e6/day has no traffic cap anyway
    expect(out[1]).toMatchObject({
      change: 'traffic doubled',
      balancedTarget: 0.999,
      delta: 0,
    });
    // worst day (day 20) removed. Changed deliberately: 59 days are fewer
    // than two windows, so the incident model prices the day-5 incident
    // that remains (and the fleet prior): 99.5%, no longer 99.9%.
    expect(out[2]).toMatchObject({
      change: 'worst day (2026-01-21) removed',
      balancedTarget: 0.995,
    });
  });

  it('traffic doubled relaxes the traffic cap', () => {
    // 300/day: cap 1 − 10/9,000 = 0.99889 → 99.5%; 600/day: 0.99944 → 99.9%
    // 60 days (two windows), so the rolling windows set the level and only
    // the cap binds; 40 days would go through the incident model, whose
    // fleet prior alone keeps the balanced tier at 99.5%.
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
