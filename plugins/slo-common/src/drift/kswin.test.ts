import { KSWIN_DEFAULTS, Kswin } from './kswin';
import { seedPrng, Prng } from './prng';
import { detections, normal, riverFixture } from './__testUtils__/streams';
import {
  CHANGE_SCENARIOS,
  CHANGE_SEEDS,
  NO_CHANGE_SCENARIOS,
  falseAlarmsPer1000,
  resumedRun,
} from './__testUtils__/measure';

const stream = riverFixture.streams.docstring_random12345;

/** N(0,1)-like noise with a +0.7 shift from value 1500 on, reproducible in Python. */
function shiftedNoise(seed: number): number[] {
  const rng = new Prng(seedPrng(seed));
  return Array.from(
    { length: 3000 },
    (_, i) => normal(rng) + (i >= 1500 ? 0.7 : 0),
  );
}

describe('Kswin', () => {
  it("has river's defaults and keeps a drawn seed in its state", () => {
    expect(KSWIN_DEFAULTS).toEqual({
      alpha: 0.005,
      windowSize: 100,
      statSize: 30,
    });
    const kswin = new Kswin();
    expect(kswin.params).toMatchObject(KSWIN_DEFAULTS);
    expect(Number.isInteger(kswin.params.seed)).toBe(true);
    expect(kswin.state().params.seed).toBe(kswin.params.seed);
  });

  it("reports river's docstring detection with seed 42: index 1016 (input 6)", () => {
    expect(
      riverFixture.expected.docstring_random12345[
        'KSWIN(alpha=0.0001,seed=42)'
      ],
    ).toEqual([1016]);
    expect(detections(new Kswin({ alpha: 0.0001, seed: 42 }), stream)).toEqual([
      1016,
    ]);
    expect(stream[1016]).toBe(6);
  });

  it('detects the docstring change in [1009, 1016] whatever the seed', () => {
    // Our generator is not Python's, so the sample of old values differs
    // from river's; over 200 seeds the change is still found in the range
    // river's own seeds give, and 199 runs report nothing else.
    let single = 0;
    for (let seed = 0; seed < 200; seed++) {
      const found = detections(new Kswin({ alpha: 0.0001, seed }), stream);
      expect(found.filter(i => i >= 1009 && i <= 1016)).toHaveLength(1);
      if (found.length === 1) single++;
    }
    expect(single).toBe(199);
  });

  it.each([
    // When windowSize = 2·statSize the "sample" is all older values, so the
    // generator cannot matter; indices from river's KSWIN code with Python's
    // random.Random and scipy.stats.ks_2samp (any seed gives the same).
    [1, [215, 2507]],
    [2, [329, 616]],
  ])(
    'matches river with a generator-free window (noise seed %s)',
    (seed, indices) => {
      for (const kswinSeed of [0, 5, 42]) {
        const kswin = new Kswin({
          windowSize: 60,
          statSize: 30,
          seed: kswinSeed,
        });
        expect(detections(kswin, shiftedNoise(seed))).toEqual(indices);
      }
    },
  );

  it.each([
    // river's KSWIN code and scipy.stats.ks_2samp, run in Python with its
    // random.Random swapped for this package's sfc32 (seed 9)
    [1, [220, 1276, 1778, 2508]],
    [2, [735, 1524, 1624, 2516]],
  ])(
    'matches river + scipy given the same sampler (noise seed %s)',
    (seed, indices) => {
      expect(detections(new Kswin({ seed: 9 }), shiftedNoise(seed))).toEqual(
        indices,
      );
    },
  );

  it('keeps only the recent sample after a drift, then resets and re-seeds', () => {
    const kswin = new Kswin({ alpha: 0.0001, seed: 42 });
    stream.slice(0, 1017).forEach(x => kswin.update(x));
    expect(kswin.driftDetected).toBe(true);
    expect(kswin.pValue).toBeLessThanOrEqual(0.0001);
    expect(kswin.statistic).toBeGreaterThan(0.1);
    expect(kswin.state().window).toEqual(stream.slice(987, 1017));
    kswin.update(4);
    expect(kswin.state()).toMatchObject({
      window: [4],
      n: 1,
      pValue: 0,
      rng: seedPrng(42),
      driftDetected: false,
    });
  });

  it('tests from the first value when given a prefilled window', () => {
    const cold = new Kswin({ seed: 1 });
    cold.update(0);
    expect(cold.pValue).toBe(0); // river's value before the first test
    const warm = new Kswin({ seed: 1, window: stream.slice(0, 99) });
    warm.update(stream[99]);
    expect(warm.pValue).toBeGreaterThan(0);
    expect(warm.state().window).toEqual(stream.slice(0, 100));
  });

  it.each([0, 1, 99, 100, 500, 1016, 1017, 1999])(
    'continues identically after a JSON round trip at value %s',
    split => {
      const make = () => new Kswin({ alpha: 0.0001, seed: 42 });
      const whole = make();
      const found = detections(whole, stream);
      const resumed = resumedRun(make, Kswin.restore, stream, split);
      expect(resumed.found).toEqual(found);
      expect(resumed.state).toEqual(whole.state());
    },
  );

  it.each([
    [{ alpha: -0.1 }, /alpha must be in \[0, 1\]/],
    [{ alpha: 1.1 }, /alpha/],
    [{ windowSize: 1 }, /windowSize must be an integer >= 2/],
    [{ statSize: 0 }, /statSize must be an integer in \[1, 10000\]/],
    [{ statSize: 51 }, /statSize must be at most half of windowSize/],
    [{ statSize: 10_001, windowSize: 30_000 }, /statSize/],
    [{ seed: -1 }, /seed must be an integer in \[0, 2\^32\)/],
    [{ seed: 0.5 }, /seed/],
    [{ window: [1, NaN] }, /invalid KSWIN window/],
  ])('rejects options %o', (options, message) => {
    expect(() => new Kswin(options)).toThrow(RangeError);
    expect(() => new Kswin(options)).toThrow(message);
  });

  it('rejects non-finite input and malformed state', () => {
    expect(() => new Kswin({ seed: 1 }).update(NaN)).toThrow(RangeError);
    const state = new Kswin({ seed: 1, window: [1, 2, 3] }).state();
    expect(() => Kswin.restore({ ...state, rng: [1, 2, 3] })).toThrow(
      /invalid KSWIN state: rng/,
    );
    expect(() =>
      Kswin.restore({ ...state, window: Array(101).fill(0) }),
    ).toThrow(/window holds more values than windowSize/);
    expect(() => Kswin.restore({ ...state, pValue: 2 })).toThrow(RangeError);
  });

  describe('on standardised SLI series (defaults, seed = series seed)', () => {
    it.each([
      // scenario, largest delay over the seeds without a false alarm in the
      // 100 values before the change, seeds that missed the change
      ['p99 latency +20% after a deployment', 23, [86]],
      ['availability 99.9% → 99.8%', 21, []],
    ])(
      'detects "%s" within %s values unless a false alarm just reset it',
      (name, bound, missed) => {
        const misses: number[] = [];
        const late: number[] = [];
        for (const seed of CHANGE_SEEDS) {
          const found = detections(
            new Kswin({ seed }),
            CHANGE_SCENARIOS[name](seed).values,
          );
          const first = found.find(i => i >= 500);
          const reset = found.filter(i => i >= 400 && i < 500).pop();
          // A false alarm empties the window, which takes windowSize values
          // to refill, so the allowance then runs from the false alarm.
          const allowed = Math.max(500 + bound, (reset ?? 0) + 107);
          if (first === undefined) misses.push(seed);
          else if (first > allowed) late.push(seed);
        }
        expect(late).toEqual([]);
        // Seed 86 false-alarms at 469: by the time the window is full again
        // it holds too few pre-change values for the test to reject.
        expect(misses).toEqual(missed);
      },
    );

    it.each([
      // scenario, false alarms per 1,000 values over 200 seeds (measured 1.19 and 0.44)
      ['p99 latency', 1.2],
      ['availability', 0.5],
    ])('stable %s: under %s false alarms per 1,000 values', (name, bound) => {
      expect(
        falseAlarmsPer1000(
          seed => new Kswin({ seed }),
          NO_CHANGE_SCENARIOS[name],
        ),
      ).toBeLessThan(bound);
    });
  });
});
