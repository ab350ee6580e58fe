import {
  MIN_LOG_LATENCY_SCALE,
  sliBaseline,
  SliDriftPoint,
  standardise,
} from './sliBaseline';

const points = (values: number[], events = 1000): SliDriftPoint[] =>
  values.map((value, i) => ({ t: i * 60_000, value, events }));

describe('sliBaseline', () => {
  it('learns latency in logs with the robust spread of differences', () => {
    // ln 100 = 4.605170, ln 110 = 4.700480; every |difference| is 0.0953102;
    // scale = 1.482602 × 0.0953102 / √2 = 0.0999192; center = 4.652825.
    const b = sliBaseline('latency_p99', points([100, 110, 100, 110]));
    expect(b).toEqual({
      sli: 'latency_p99',
      center: expect.closeTo(4.652825, 6),
      scale: expect.closeTo(0.0999192, 6),
    });
    // (ln 121 − 4.652825) / 0.0999192 = 1.430809
    expect(standardise(b, { t: 0, value: 121, events: 5 })).toBeCloseTo(
      1.430809,
      5,
    );
  });

  it('ignores a level shift inside the baseline when estimating the spread', () => {
    const b = sliBaseline(
      'latency_p99',
      points([100, 110, 100, 200, 220, 200]),
    );
    // |Differences|: 0.0953 four times and 0.6931 once (the shift): median 0.0953.
    expect(b.sli === 'latency_p99' && b.scale).toBeCloseTo(0.0999192, 6);
  });

  it('never lets the latency scale fall below the floor', () => {
    const b = sliBaseline('latency_p99', points([80, 80, 80, 80]));
    expect(b).toEqual({
      sli: 'latency_p99',
      center: Math.log(80),
      scale: MIN_LOG_LATENCY_SCALE,
    });
  });

  it.each([
    // 2 errors in 2,000 → p0 0.001; (0.002 − 0.001) / √(0.001·0.999/1000) = 1.0005
    {
      values: [0.999, 0.999],
      events: 1000,
      p0: 0.001,
      point: 0.998,
      pointEvents: 1000,
      z: 1.0005,
    },
    // no error: half a request in 200 → p0 0.0025; (0 − 0.0025)/√(0.0025·0.9975/100) = −0.50063
    {
      values: [1, 1],
      events: 100,
      p0: 0.0025,
      point: 1,
      pointEvents: 100,
      z: -0.50063,
    },
    // all failed: p0 = (200 − 0.5)/200 = 0.9975
    {
      values: [0, 0],
      events: 100,
      p0: 0.9975,
      point: 0,
      pointEvents: 100,
      z: 0.50063,
    },
  ])(
    'learns availability $values as error ratio $p0',
    ({ values, events, p0, point, pointEvents, z }) => {
      const b = sliBaseline('availability', points(values, events));
      expect(b).toEqual({
        sli: 'availability',
        errorRatio: expect.closeTo(p0, 12),
      });
      expect(
        standardise(b, { t: 0, value: point, events: pointEvents }),
      ).toBeCloseTo(z, 4);
    },
  );

  it('weighs a point by its events: fewer requests, smaller z', () => {
    const b = sliBaseline('availability', points([0.999, 0.999]));
    const busy = standardise(b, { t: 0, value: 0.998, events: 1000 });
    const quiet = standardise(b, { t: 0, value: 0.998, events: 250 });
    expect(quiet).toBeCloseTo(busy / 2, 10);
  });

  it.each([
    ['latency_p99', { t: 0, value: 0, events: 10 }],
    ['latency_p99', { t: 0, value: NaN, events: 10 }],
    ['availability', { t: 0, value: 1.2, events: 10 }],
    ['availability', { t: 0, value: 0.99, events: 0 }],
  ] as const)('rejects an invalid %s point %j', (sli, p) => {
    expect(() => sliBaseline(sli, [p, p])).toThrow(RangeError);
  });

  it('needs two points', () => {
    expect(() => sliBaseline('availability', points([1]))).toThrow(
      'a baseline needs at least 2 points, got 1',
    );
  });
});
