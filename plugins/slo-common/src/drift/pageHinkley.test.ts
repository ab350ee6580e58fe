import { PAGE_HINKLEY_DEFAULTS, PageHinkley } from './pageHinkley';
import { detections, riverFixture } from './__testUtils__/streams';
import {
  CHANGE_SCENARIOS,
  NO_CHANGE_SCENARIOS,
  delays,
  falseAlarmsPer1000,
  resumedRun,
} from './__testUtils__/measure';

const stream = riverFixture.streams.docstring_random12345;

describe('PageHinkley', () => {
  it("has river's defaults", () => {
    expect(new PageHinkley().params).toEqual({
      minInstances: 30,
      delta: 0.005,
      threshold: 50,
      alpha: 0.9999,
      mode: 'both',
    });
    expect(PAGE_HINKLEY_DEFAULTS.alpha).toBe(1 - 0.0001);
  });

  it("reports river's docstring detection: index 1006 (input 5)", () => {
    expect(
      riverFixture.expected.docstring_random12345['PageHinkley()'],
    ).toEqual([1006]);
    expect(detections(new PageHinkley(), stream)).toEqual([1006]);
    expect(stream[1006]).toBe(5);
  });

  it('watches only the configured direction', () => {
    const falling = stream.map(x => -x);
    expect(detections(new PageHinkley({ mode: 'up' }), stream)).toEqual([1006]);
    expect(detections(new PageHinkley({ mode: 'down' }), stream)).toEqual([]);
    // Negating the input swaps the two sums exactly.
    expect(detections(new PageHinkley({ mode: 'down' }), falling)).toEqual([
      1006,
    ]);
    expect(detections(new PageHinkley({ mode: 'up' }), falling)).toEqual([]);
    expect(detections(new PageHinkley(), falling)).toEqual([1006]);
  });

  it('follows the update rule step by step (hand-computed)', () => {
    const ph = new PageHinkley({
      minInstances: 2,
      delta: 0.1,
      threshold: 10,
      alpha: 0.5,
    });
    const steps = [1, 3, 0].map(x => {
      ph.update(x);
      const { n, mean, sumIncrease, sumDecrease, minIncrease, maxDecrease } =
        ph.state();
      return [n, mean, sumIncrease, sumDecrease, minIncrease, maxDecrease];
    });
    // x=1: mean 1, dev 0:     S+ = −0.1,                S− = 0.1
    // x=3: mean 2, dev 1:     S+ = 0.5·−0.1 + 1 − 0.1,  S− = 0.5·0.1 + 1 + 0.1
    // x=0: mean 4/3, dev −4/3: S+ = 0.5·0.85 − 4/3 − 0.1, S− = 0.5·1.15 − 4/3 + 0.1
    const expected = [
      [1, 1, -0.1, 0.1, -0.1, 0.1],
      [2, 2, 0.85, 1.15, -0.1, 1.15],
      [
        3,
        4 / 3,
        0.425 - 4 / 3 - 0.1,
        0.575 - 4 / 3 + 0.1,
        0.425 - 4 / 3 - 0.1,
        1.15,
      ],
    ];
    steps.forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 12)),
    );
    expect(ph.driftDetected).toBe(false);
  });

  it('fires on a strict excess of the threshold, then resets on the next value', () => {
    const ph = new PageHinkley({
      minInstances: 1,
      delta: 0,
      threshold: 2.25,
      alpha: 1,
    });
    // 0, 0, 0, 3: the last deviation is 3 − 0.75 = 2.25, not above 2.25.
    expect([0, 0, 0, 3].map(x => ph.update(x))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const fires = new PageHinkley({
      minInstances: 1,
      delta: 0,
      threshold: 2.2,
      alpha: 1,
    });
    expect([0, 0, 0, 3].map(x => fires.update(x))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(fires.update(7)).toBe(false);
    expect(fires.state()).toMatchObject({
      n: 1,
      mean: 7,
      driftDetected: false,
    });
  });

  it('does not fire before minInstances values', () => {
    const ph = new PageHinkley({
      minInstances: 5,
      delta: 0,
      threshold: 0.1,
      alpha: 1,
    });
    expect([0, 0, 10, 10, 10].map(x => ph.update(x))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it.each([0, 1, 29, 30, 500, 1005, 1006, 1007, 1999])(
    'continues identically after a JSON round trip at value %s',
    split => {
      const whole = new PageHinkley();
      const found = detections(whole, stream);
      const resumed = resumedRun(
        () => new PageHinkley(),
        PageHinkley.restore,
        stream,
        split,
      );
      expect(resumed.found).toEqual(found);
      expect(resumed.state).toEqual(whole.state());
    },
  );

  it('stores the initial +Infinity minimum as null', () => {
    const state = new PageHinkley().state();
    expect(state.minIncrease).toBeNull();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    [{ threshold: 0 }, /threshold must be in \(0, Infinity\)/],
    [{ threshold: NaN }, /threshold/],
    [{ delta: -0.1 }, /delta must be in \[0, Infinity\)/],
    [{ alpha: 0 }, /alpha must be in \(0, 1\]/],
    [{ alpha: 1.01 }, /alpha/],
    [{ minInstances: 0 }, /minInstances must be an integer >= 1/],
    [{ minInstances: 2.5 }, /minInstances/],
    [{ mode: 'sideways' as never }, /mode must be "up", "down" or "both"/],
  ])('rejects parameters %o', (params, message) => {
    expect(() => new PageHinkley(params)).toThrow(RangeError);
    expect(() => new PageHinkley(params)).toThrow(message);
  });

  it('rejects non-finite input and malformed state', () => {
    expect(() => new PageHinkley().update(NaN)).toThrow(RangeError);
    const state = new PageHinkley().state();
    expect(() => PageHinkley.restore({ ...state, n: -1 })).toThrow(
      /invalid Page-Hinkley state: n/,
    );
    expect(() => PageHinkley.restore({ ...state, kind: 'adwin' })).toThrow(
      RangeError,
    );
    expect(() => PageHinkley.restore({ ...state, extra: 1 })).toThrow(
      RangeError,
    );
    expect(() => PageHinkley.restore(null)).toThrow(RangeError);
  });

  describe('on standardised SLI series (defaults)', () => {
    it.each([
      // scenario, largest delay measured over 100 seeds
      ['p99 latency +20% after a deployment', 28],
      ['availability 99.9% → 99.8%', 19],
    ])('detects "%s" within %s values every time', (name, bound) => {
      const measured = delays(() => new PageHinkley(), CHANGE_SCENARIOS[name]);
      expect(measured.every(d => d !== undefined && d <= bound)).toBe(true);
      expect(Math.max(...(measured as number[]))).toBe(bound);
    });

    it.each([
      // scenario, false alarms per 1,000 values over 200 seeds (measured 0.355 and 0.34)
      ['p99 latency', 0.4],
      ['availability', 0.4],
    ])('stable %s: under %s false alarms per 1,000 values', (name, bound) => {
      expect(
        falseAlarmsPer1000(() => new PageHinkley(), NO_CHANGE_SCENARIOS[name]),
      ).toBeLessThan(bound);
    });
  });
});
