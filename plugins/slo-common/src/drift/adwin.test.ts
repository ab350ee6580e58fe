import { ADWIN_DEFAULTS, Adwin } from './adwin';
import { detections, normal, riverFixture } from './__testUtils__/streams';
import {
  CHANGE_SCENARIOS,
  NO_CHANGE_SCENARIOS,
  delays,
  falseAlarmsPer1000,
  resumedRun,
} from './__testUtils__/measure';
import { Prng, seedPrng } from './prng';

const { streams, expected } = riverFixture;

describe('Adwin', () => {
  it("has river's defaults", () => {
    expect(new Adwin().params).toEqual({
      delta: 0.002,
      clock: 32,
      maxBuckets: 5,
      minWindowLength: 5,
      gracePeriod: 10,
    });
    expect(ADWIN_DEFAULTS).toEqual(new Adwin().params);
  });

  it.each([
    // fixture stream, river's published indices
    ['docstring_random12345', [1023]],
    ['random42_4seg', [1023, 2015, 3007]],
    ['numpy_seed12345_randint', [1023]],
  ] as const)('reproduces river on %s: %j', (name, indices) => {
    expect(expected[name]['ADWIN()']).toEqual(indices);
    expect(detections(new Adwin(), streams[name])).toEqual(indices);
  });

  it('can only fire on every 32nd value after a reset (clock quantisation)', () => {
    const found = detections(new Adwin(), streams.random42_4seg);
    // After each reset the tick restarts, so the gaps are multiples of 32.
    expect(found.map(i => i % 32)).toEqual([31, 31, 31]);
    expect(found.slice(1).map((i, k) => (i - found[k]) % 32)).toEqual([0, 0]);
  });

  it("matches river's regression statistics", () => {
    const adwin = new Adwin();
    [1, 2, 3, 4, 5].forEach(x => adwin.update(x));
    expect([
      adwin.width,
      adwin.total,
      adwin.variance,
      adwin.estimation,
    ]).toEqual([5, 15, 10, 3]);
    expect(new Adwin().estimation).toBe(0);
  });

  it('grows the window one value at a time while nothing changes', () => {
    const adwin = new Adwin();
    for (let i = 1; i <= 100; i++) {
      adwin.update(1);
      expect(adwin.width).toBe(i);
    }
  });

  it('keeps M2 equal to a two-pass computation (500 normal values)', () => {
    const rng = new Prng(seedPrng(999));
    const values = Array.from({ length: 500 }, () => 5 + 2 * normal(rng));
    const adwin = new Adwin();
    expect(detections(adwin, values)).toEqual([]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const m2 = values.reduce((a, b) => a + (b - mean) ** 2, 0);
    expect(Math.abs(adwin.variance - m2)).toBeLessThan(1e-6 * m2);
  });

  it.each([
    // river regression test, stream, largest number of detections allowed
    ['constant 5,000 × 1', Array(5000).fill(1), 0],
    [
      'alternating 0/1 × 2,000',
      Array.from({ length: 2000 }, (_, i) => i % 2),
      1,
    ],
  ])('%s: at most %s detections', (_, values, most) => {
    expect(
      detections(new Adwin(), values as number[]).length,
    ).toBeLessThanOrEqual(most as number);
  });

  it('does not test inside the grace period', () => {
    const values = [...Array(50).fill(0), ...Array(50).fill(1000)];
    expect(
      detections(new Adwin({ gracePeriod: 100, clock: 1 }), values),
    ).toEqual([]);
  });

  it('catches a large shift at the first clock tick after it, then resets', () => {
    const adwin = new Adwin({ delta: 0.01 });
    const values = [...Array(200).fill(0), ...Array(200).fill(100)];
    // Tick 224 is the first multiple of 32 after the shift at index 200.
    expect(detections(adwin, values.slice(0, 224))).toEqual([223]);
    expect(adwin.width).toBeLessThan(224);
    adwin.update(50);
    expect(adwin.width).toBe(1);
  });

  it.each([0, 1, 31, 32, 500, 1023, 1024, 2015, 2016, 3999])(
    'continues identically after a JSON round trip at value %s',
    split => {
      const whole = new Adwin();
      const found = detections(whole, streams.random42_4seg);
      const resumed = resumedRun(
        () => new Adwin(),
        Adwin.restore,
        streams.random42_4seg,
        split,
      );
      expect(resumed.found).toEqual(found);
      expect(resumed.state).toEqual(whole.state());
    },
  );

  it.each([
    [{ delta: 0 }, /delta must be in \(0, 1\)/],
    [{ delta: 1 }, /delta/],
    [{ clock: 0 }, /clock must be an integer >= 1/],
    [{ maxBuckets: 1 }, /maxBuckets must be an integer in \[2, 1000\]/],
    [{ minWindowLength: 0 }, /minWindowLength/],
    [{ gracePeriod: -1 }, /gracePeriod must be an integer >= 0/],
    [{ clock: 1.5 }, /clock/],
  ])('rejects parameters %o', (params, message) => {
    expect(() => new Adwin(params)).toThrow(RangeError);
    expect(() => new Adwin(params)).toThrow(message);
  });

  it('rejects non-finite input and inconsistent state', () => {
    expect(() => new Adwin().update(Infinity)).toThrow(RangeError);
    const adwin = new Adwin();
    [1, 2, 3, 4, 5, 6].forEach(x => adwin.update(x));
    const state = adwin.state();
    expect(() => Adwin.restore({ ...state, width: 7 })).toThrow(
      /invalid ADWIN state: width must equal the values held by the buckets \(6\)/,
    );
    const overfull = {
      ...state,
      rows: [{ totals: [1, 2, 3, 4, 5, 6], variances: [0, 0, 0, 0, 0, 0] }],
    };
    expect(() => Adwin.restore(overfull)).toThrow(/rows.0 must hold/);
    expect(() => Adwin.restore({ ...state, tick: -1 })).toThrow(RangeError);
  });

  describe('on standardised SLI series (defaults)', () => {
    it.each([
      // scenario, smallest and largest delay measured over 100 seeds: the
      // first tick after the change at 500 is value 511, the next 543.
      ['p99 latency +20% after a deployment', 11, 43],
      ['availability 99.9% → 99.8%', 11, 11],
    ])('detects "%s" within %s..%s values every time', (name, least, most) => {
      const measured = delays(() => new Adwin(), CHANGE_SCENARIOS[name]);
      expect(
        measured.every(d => d !== undefined && d >= least && d <= most),
      ).toBe(true);
      expect(measured.every(d => d !== undefined && (d - 11) % 32 === 0)).toBe(
        true,
      );
    });

    it.each(['p99 latency', 'availability'])(
      'stable %s: no false alarm in 200,000 values',
      name => {
        expect(
          falseAlarmsPer1000(() => new Adwin(), NO_CHANGE_SCENARIOS[name]),
        ).toBe(0);
      },
    );
  });
});
