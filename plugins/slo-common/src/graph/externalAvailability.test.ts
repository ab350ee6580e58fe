import {
  adjustPublishedSla,
  PUBLISHED_SLA_HAIRCUT,
  resolveAvailability,
} from './externalAvailability';

describe('adjustPublishedSla', () => {
  it.each([
    // published SLA, used value (hand-computed: SLA - 0.001, floored at 0)
    [0.9999, 0.9989], // the spec's example: 99.99% is used as 99.89%
    [0.999, 0.998],
    [0.995, 0.994],
    [0.99, 0.989], // 1% unavailability becomes 1.1%: 10% more
    [0.99999, 0.99899],
    [1, 0.999],
    [0.0005, 0],
  ])('uses published %s as %s', (published, used) => {
    expect(adjustPublishedSla(published)).toBeCloseTo(used, 12);
  });

  it('assumes about 8.8 more hours of downtime a year than promised', () => {
    // 0.001 × 525,600 min = 525.6 min = 8.76 h
    expect(PUBLISHED_SLA_HAIRCUT * 525_600).toBeCloseTo(525.6, 9);
  });

  it('is monotone: a higher SLA never yields a lower value', () => {
    const slas = [0, 0.0004, 0.001, 0.5, 0.99, 0.999, 0.9999, 1];
    const used = slas.map(adjustPublishedSla);
    expect([...used].sort((a, b) => a - b)).toEqual(used);
  });

  it('rejects values outside [0, 1]', () => {
    expect(() => adjustPublishedSla(99.99)).toThrow(RangeError);
    expect(() => adjustPublishedSla(-0.1)).toThrow(RangeError);
    expect(() => adjustPublishedSla(NaN)).toThrow(RangeError);
  });
});

describe('resolveAvailability', () => {
  it.each([
    // node, availability used, source
    [{ availability: 0.9995, publishedSla: 0.9999 }, 0.9995, 'observed'],
    [{ publishedSla: 0.9999 }, 0.9989, 'published-sla'],
    [{ availability: 0 }, 0, 'observed'],
  ] as const)('%j resolves to %s (%s)', (node, availability, source) => {
    const resolved = resolveAvailability(node);
    expect(resolved.source).toBe(source);
    expect(resolved.availability).toBeCloseTo(availability, 12);
  });

  it('reports nodes with neither value as unknown', () => {
    expect(resolveAvailability({})).toEqual({ source: 'unknown' });
  });

  it('rejects an observed availability outside [0, 1]', () => {
    expect(() => resolveAvailability({ availability: 1.2 })).toThrow(
      RangeError,
    );
  });
});
