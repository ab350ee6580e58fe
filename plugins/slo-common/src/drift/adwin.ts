/**
 * ADWIN (adaptive windowing), ported from river's `drift.ADWIN` and its
 * Rust engine. Every `clock` values, once the window holds more than
 * `gracePeriod` values, it tries every cut between buckets into an older
 * part W0 and a newer part W1 and drops the oldest bucket while some cut
 * shows |mean(W0) − mean(W1)| above a Hoeffding-style bound.
 */
import { z } from 'zod';
import { AdwinWindow, bucketSize } from './adwinBuckets';
import { adwinParamsSchema, adwinStateSchema } from './adwinSchema';
import { DRIFT_STATE_VERSION, DriftDetector } from './types';
import { assertFiniteInput, parseOrThrow } from './validation';

/**
 * ADWIN parameters; river's names are `delta`, `clock`, `max_buckets`,
 * `min_window_length` and `grace_period`.
 * @public
 */
export interface AdwinParams {
  /** Confidence value: smaller means fewer, surer detections. */
  delta: number;
  /** Cuts are tested on every `clock`-th value only. */
  clock: number;
  /** Buckets of each size kept before the two oldest are merged. */
  maxBuckets: number;
  /** Minimum number of values on each side of a tested cut. */
  minWindowLength: number;
  /** No test until the window holds more than this many values. */
  gracePeriod: number;
}

/** river's defaults. @public */
export const ADWIN_DEFAULTS: Readonly<AdwinParams> = {
  delta: 0.002,
  clock: 32,
  maxBuckets: 5,
  minWindowLength: 5,
  gracePeriod: 10,
};

/** Serialised ADWIN detector. @public */
export type AdwinState = z.infer<typeof adwinStateSchema>;

/** ADWIN drift detector. @public */
export class Adwin implements DriftDetector<AdwinState> {
  readonly params: Readonly<AdwinParams>;
  private window: AdwinWindow;
  private tick = 0;
  private drift = false;

  constructor(params: Partial<AdwinParams> = {}) {
    this.params = parseOrThrow(
      adwinParamsSchema,
      { ...ADWIN_DEFAULTS, ...params },
      'ADWIN parameters',
    );
    this.window = new AdwinWindow(this.params.maxBuckets);
  }

  /** Rebuilds a detector from {@link Adwin.state} output. */
  static restore(state: unknown): Adwin {
    const s = parseOrThrow(adwinStateSchema, state, 'ADWIN state');
    const adwin = new Adwin(s.params);
    adwin.window = new AdwinWindow(s.params.maxBuckets, s);
    adwin.tick = s.tick;
    adwin.drift = s.driftDetected;
    return adwin;
  }

  get driftDetected(): boolean {
    return this.drift;
  }

  /** Number of values in the current window. */
  get width(): number {
    return this.window.width;
  }

  /** Sum of the values in the current window. */
  get total(): number {
    return this.window.total;
  }

  /** Sum of squared deviations from the window mean (river's `variance`). */
  get variance(): number {
    return this.window.variance;
  }

  /** Mean of the current window, 0 when it is empty. */
  get estimation(): number {
    return this.window.width === 0 ? 0 : this.window.total / this.window.width;
  }

  update(x: number): boolean {
    assertFiniteInput(x);
    if (this.drift) {
      this.window = new AdwinWindow(this.params.maxBuckets);
      this.tick = 0;
    }
    this.window.insert(x);
    this.drift = this.detectChange();
    return this.drift;
  }

  state(): AdwinState {
    return {
      kind: 'adwin',
      version: DRIFT_STATE_VERSION,
      params: { ...this.params },
      ...this.window.state(),
      tick: this.tick,
      driftDetected: this.drift,
    };
  }

  private detectChange(): boolean {
    this.tick += 1;
    const w = this.window;
    if (
      this.tick % this.params.clock !== 0 ||
      w.width <= this.params.gracePeriod
    ) {
      return false;
    }
    let detected = false;
    while (this.dropOldestIfCut()) detected = true;
    return detected;
  }

  /**
   * Scans cuts from the oldest bucket to the newest; at the first cut that
   * exceeds the bound, drops the oldest bucket and returns true so that the
   * caller rescans the shrunken window.
   */
  private dropOldestIfCut(): boolean {
    const w = this.window;
    const mwl = this.params.minWindowLength;
    let n0 = 0;
    let n1 = w.width;
    let u0 = 0;
    let u1 = w.total;
    for (let i = w.rowCount - 1; i >= 0; i--) {
      const size = bucketSize(i);
      const totals = w.row(i).totals;
      for (let k = 0; k < totals.length; k++) {
        n0 += size;
        n1 -= size;
        u0 += totals[k];
        u1 -= totals[k];
        // The last bucket leaves W1 empty: nothing to compare.
        if (i === 0 && k === totals.length - 1) return false;
        const deltaMean = u0 / n0 - u1 / n1;
        if (n1 >= mwl && n0 >= mwl && this.cutExceedsBound(n0, n1, deltaMean)) {
          w.deleteOldest();
          return true;
        }
      }
    }
    return false;
  }

  private cutExceedsBound(n0: number, n1: number, deltaMean: number): boolean {
    const { delta, minWindowLength: mwl } = this.params;
    const width = this.window.width;
    const deltaPrime = Math.log((2 * Math.log(width)) / delta);
    const mRecip = 1 / (n0 - mwl + 1) + 1 / (n1 - mwl + 1);
    const epsilon =
      Math.sqrt(2 * mRecip * (this.window.variance / width) * deltaPrime) +
      (2 / 3) * deltaPrime * mRecip;
    return Math.abs(deltaMean) > epsilon;
  }
}
