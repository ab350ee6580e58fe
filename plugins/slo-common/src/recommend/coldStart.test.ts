import { ARCHETYPES } from './archetypes';
import { archetypeLevels, blendAvailability, resolveLevels } from './coldStart';
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
  it('uses rolling windows once a full window of data exists', () => {
    const r = resolveLevels(
      twoIncidentHistory(),
      ARCHETYPES['backend-service'],
      OPTIONS,
    );
    expect(r.coldStart).toBe(false);
    expect(r.dataWeight).toBe(1);
    expect(r.levels.balanced).toBeCloseTo(1 - 12_610 / 30e6, 12);
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
