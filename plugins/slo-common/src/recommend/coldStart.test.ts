import { ARCHETYPES } from './archetypes';
import { archetypeLevels, blendAvailability, resolveLevels } from './coldStart';
import { quantileSorted } from './stats';
import { historyOf, twoIncidentHistory } from './testHistory';

const OPTIONS = { windowDays: 30, seed: 3, replicates: 300 };

describe('blendAvailability', () => {
  it.each([
    // data, prior, weight: 1 - (w(1 - d) + (1 - w)(1 - p))
    [0.9999, 0.995, 1 / 3, 1 - (0.0001 / 3 + (2 / 3) * 0.005)], // 0.99663…
    [0.99, 0.999, 1, 0.99],
    [0.99, 0.999, 0, 0.999],
  ])('%s with prior %s at weight %s → %s', (d, p, w, out) => {
    expect(blendAvailability(d, p, w)).toBeCloseTo(out, 12);
  });
});

describe('resolveLevels', () => {
  it.each([
    // data days, incidents seen, expected incidents per window:
    // Gamma(0.5 + n, 0.5 × 365 / 4 + days) per day, times 30 days
    [30, 0, (0.5 / (45.625 + 30)) * 30, true], // 0.198
    [60, 0, (0.5 / (45.625 + 60)) * 30, false], // 0.142
    [90, 0, (0.5 / (45.625 + 90)) * 30, false], // 0.111
  ])(
    'prices %s quiet days with the incident model',
    (days, seen, expected, short) => {
      const r = resolveLevels(
        historyOf(days, () => 20),
        ARCHETYPES['backend-service'],
        OPTIONS,
      );
      expect(r).toMatchObject({
        coldStart: false,
        dataWeight: 1,
        dataDays: days,
      });
      expect(r.model!.observedIncidents).toBe(seen);
      expect(r.model!.expectedIncidentsPerWindow).toBeCloseTo(expected, 12);
      // low confidence (incidentModel) below two windows only
      expect(r.incidentModel !== undefined).toBe(short);
      // levels are the 1%, 5% and 25% quantiles of the predictive windows
      const p = r.predictive!;
      expect(p).toHaveLength(300);
      expect(r.levels.balanced).toBeCloseTo(quantileSorted(p, 0.05), 12);
      expect(r.levels.conservative).toBeLessThanOrEqual(r.levels.balanced);
      expect(r.levels.balanced).toBeLessThanOrEqual(r.levels.aggressive);
    },
  );

  it('prices the incidents of a 60-day history', () => {
    // twoIncidentHistory: day 5 (4,910 excess bad) and day 20 (9,910)
    const r = resolveLevels(
      twoIncidentHistory(),
      ARCHETYPES['backend-service'],
      OPTIONS,
    );
    expect(r.incidentModel).toBeUndefined();
    expect(r.model).toMatchObject({ observedIncidents: 2, badDays: 2 });
    // Gamma(2.5, 45.625 + 60) per day × 30 days = 0.71 incidents a window
    expect(r.model!.expectedIncidentsPerWindow).toBeCloseTo(
      (2.5 / 105.625) * 30,
      12,
    );
    // Its rolling windows never fall below 0.999416, but an incident of
    // the prior's median length (27 min) is likely: balanced lands below
    // 99.9% (99.5% once rounded), not at the median window 0.99958.
    expect(r.levels.balanced).toBeLessThan(0.999);
    expect(r.levels.balanced).toBeGreaterThan(0.995);
  });

  it('blends 10 days of data with the archetype', () => {
    // every day at 99.99%, so every synthetic month is at 99.99% too
    const r = resolveLevels(
      historyOf(10, () => 100),
      ARCHETYPES['backend-service'],
      OPTIONS,
    );
    expect(r).toMatchObject({
      coldStart: true,
      dataDays: 10,
      dataWeight: 1 / 3,
    });
    // unavailability 0.0001/3 + 2/3 × (0.005, 0.001, 0.0005)
    expect(r.levels.conservative).toBeCloseTo(1 - (0.0001 / 3 + 0.01 / 3), 9);
    expect(r.levels.balanced).toBeCloseTo(1 - (0.0001 / 3 + 0.002 / 3), 9);
    expect(r.levels.aggressive).toBeCloseTo(1 - (0.0001 / 3 + 0.001 / 3), 9);
  });

  it('falls back to the archetype without data', () => {
    const r = resolveLevels([], ARCHETYPES['api-gateway'], OPTIONS);
    expect(r).toMatchObject({ coldStart: true, dataWeight: 0, dataDays: 0 });
    expect(r.levels).toEqual(archetypeLevels(ARCHETYPES['api-gateway']));
    expect(r.levels).toEqual({
      conservative: 0.999,
      balanced: 0.9995,
      aggressive: 0.9999,
    });
  });
});
