import { ARCHETYPES } from './archetypes';
import {
  attributeBalancedTarget,
  deseasonalise,
  seasonality,
} from './attribution';
import { normaliseHistory } from './history';
import { dayOf, historyOf, twoIncidentHistory } from './testHistory';

const MODEL = {
  windowDays: 30,
  archetype: ARCHETYPES['backend-service'],
  bootstrap: { seed: 1, replicates: 100 },
};

describe('seasonality', () => {
  // 2026-01-03 and 01-04 are a weekend: days 2, 3, 9, 10, … of historyOf
  const weekendHeavy = historyOf(
    14,
    i => ([2, 3, 9, 10].includes(i) ? 300 : 100),
    100_000,
  );

  it('measures weekend/weekday variation relative to the mean', () => {
    // u_weekend = 0.003, u_weekday = 0.001, u = (4 × 300 + 10 × 100) / 1.4e6
    const u = 2_200 / 1_400_000;
    expect(seasonality(weekendHeavy)).toBeCloseTo(0.002 / u, 9);
    expect(seasonality(historyOf(14, () => 100))).toBe(0);
  });

  it('deseasonalising keeps total bad events and removes the variation', () => {
    const flat = deseasonalise(weekendHeavy);
    const bad = (h: typeof flat) => h.reduce((s, d) => s + d.total - d.good, 0);
    expect(bad(flat)).toBeCloseTo(bad(weekendHeavy), 6);
    expect(seasonality(flat)).toBeCloseTo(0, 12);
    expect(flat[0].day).toBe(dayOf(0));
  });
});

describe('attributeBalancedTarget', () => {
  const history = normaliseHistory(twoIncidentHistory());

  it('gives the whole gap to history when only history differs', () => {
    // balanced 99.5% (incident model: two incidents in 60 days) against a
    // fleet baseline of 99.9%: −0.004
    const r = attributeBalancedTarget({ ...MODEL, history });
    expect(r.balancedTarget).toBe(0.995);
    expect(r.fleetBaselineTarget).toBe(0.999);
    expect(r.featureAttribution[0]).toMatchObject({
      feature: 'historical_availability',
    });
    expect(r.featureAttribution[0].contribution).toBeCloseTo(-0.004, 12);
  });

  it('splits a binding bound between history and dependencies', () => {
    // bound 0.9945 caps 99.5% to 99%. Fleet baseline (99.9%, no cap): 99.9%.
    // v(H) = 0.995, v(D) = v(D,H) = 0.99 (0.9945 → 99%), v(∅) = 0.999:
    // φ_H = ½(−0.004) + ½(0) = −0.002, φ_D = ½(−0.009) + ½(−0.005) = −0.007
    const r = attributeBalancedTarget({ ...MODEL, history, bound: 0.9945 });
    const byName = Object.fromEntries(
      r.featureAttribution.map(f => [f.feature, f.contribution]),
    );
    expect(byName.historical_availability).toBeCloseTo(-0.002, 12);
    expect(byName.dependency_risk).toBeCloseTo(-0.007, 12);
    expect(byName.traffic_volume).toBe(0);
    const sum = r.featureAttribution.reduce((s, f) => s + f.contribution, 0);
    expect(
      Math.abs(sum - (r.balancedTarget - r.fleetBaselineTarget)),
    ).toBeLessThan(1e-12);
  });

  it('credits traffic volume through the traffic cap', () => {
    // 1,000/day: cap 1 − 10/30,000 = 0.99967 keeps 99.99% out of reach only
    // when the level is above it; fleet at 1,000,000/day has no cap
    const lowTraffic = normaliseHistory(historyOf(60, () => 0, 1_000));
    const r = attributeBalancedTarget({
      ...MODEL,
      history: lowTraffic,
      fleet: { availability: 0.99999, dailyEvents: 1_000_000 },
    });
    // v(∅) = 99.999%, v(V) = 99.95% (the cap). Changed deliberately: 60
    // quiet days still leave room for a fleet-prior incident, so the
    // history's level is 99.9% with or without the cap: v(H) = v(H,V).
    // φ_V = ½(0.9995 − 0.99999) + ½(0) = −0.000245,
    // φ_H = ½(0.999 − 0.99999) + ½(0.999 − 0.9995) = −0.000745
    const byName = Object.fromEntries(
      r.featureAttribution.map(f => [f.feature, f.contribution]),
    );
    expect(r.balancedTarget).toBe(0.999);
    expect(byName.traffic_volume).toBeCloseTo(-0.000245, 12);
    expect(byName.historical_availability).toBeCloseTo(-0.000745, 12);
  });
});
