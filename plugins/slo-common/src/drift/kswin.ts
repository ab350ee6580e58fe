/**
 * KSWIN (Kolmogorov-Smirnov windowing), ported from river's `drift.KSWIN`.
 * It keeps the last `windowSize` values; once full, it compares the newest
 * `statSize` values with `statSize` values sampled without replacement
 * from the older part, and signals drift when the two-sample KS test gives
 * p ≤ alpha and D > 0.1.
 */
import { z } from 'zod';
import { KS_MAX_EXACT_SIZE, ksTwoSample } from './ksTest';
import { Prng, PrngState, isPrngSeed, seedPrng } from './prng';
import { DRIFT_STATE_VERSION, DriftDetector } from './types';
import {
  assertFiniteInput,
  between,
  finite,
  integer,
  parseOrThrow,
} from './validation';

/**
 * KSWIN parameters; river's names are `alpha`, `window_size`, `stat_size`,
 * `seed` and `window`.
 * @public
 */
export interface KswinParams {
  /** Significance level of the KS test. */
  alpha: number;
  /** Length of the sliding window. */
  windowSize: number;
  /** Size of the recent sample and of the sample drawn from older values. */
  statSize: number;
  /**
   * Seed of the sampling generator. river's default (None) seeds from the
   * system; when omitted here a random seed is drawn and kept in the state.
   */
  seed: number;
}

/** river's defaults (the seed has none: see {@link KswinParams.seed}). @public */
export const KSWIN_DEFAULTS: Readonly<Omit<KswinParams, 'seed'>> = {
  alpha: 0.005,
  windowSize: 100,
  statSize: 30,
};

/** Options accepted by the KSWIN constructor. @public */
export type KswinOptions = Partial<KswinParams> & {
  /** Values already collected, to avoid a cold start (river's `window`). */
  window?: readonly number[];
};

const paramsSchema = z
  .object({
    alpha: between(0, 1, { loClosed: true, hiClosed: true }),
    windowSize: integer(2),
    statSize: integer(1, KS_MAX_EXACT_SIZE),
    seed: z.number().refine(isPrngSeed, 'must be an integer in [0, 2^32)'),
  })
  .strict()
  .refine(p => 2 * p.statSize <= p.windowSize, {
    // river accepts stat_size up to window_size but then fails on the first
    // full window, when it cannot sample stat_size distinct older values.
    message: 'statSize must be at most half of windowSize',
    path: ['statSize'],
  });

const uint32 = z
  .number()
  .refine(isPrngSeed, 'must be a 32-bit unsigned integer');

const stateSchema = z
  .object({
    kind: z.literal('kswin'),
    version: z.literal(DRIFT_STATE_VERSION),
    params: paramsSchema,
    window: z.array(finite()),
    rng: z.tuple([uint32, uint32, uint32, uint32]),
    n: integer(0),
    pValue: between(0, 1, { loClosed: true, hiClosed: true }),
    statistic: between(0, 1, { loClosed: true, hiClosed: true }),
    driftDetected: z.boolean(),
  })
  .strict()
  .refine(s => s.window.length <= s.params.windowSize, {
    message: 'holds more values than windowSize',
    path: ['window'],
  });

/** Serialised KSWIN detector. @public */
export type KswinState = z.infer<typeof stateSchema>;

/** KSWIN drift detector. @public */
export class Kswin implements DriftDetector<KswinState> {
  readonly params: Readonly<KswinParams>;
  private window: number[] = [];
  private rng: Prng;
  private n = 0;
  private p = 0;
  private d = 0;
  private drift = false;

  constructor(options: KswinOptions = {}) {
    const { window, ...params } = options;
    this.params = parseOrThrow(
      paramsSchema,
      {
        ...KSWIN_DEFAULTS,
        seed: Math.floor(Math.random() * 2 ** 32),
        ...params,
      },
      'KSWIN parameters',
    );
    this.rng = new Prng(seedPrng(this.params.seed));
    if (window) {
      const values = parseOrThrow(z.array(finite()), window, 'KSWIN window');
      this.window = values.slice(-this.params.windowSize);
    }
  }

  /** Rebuilds a detector from {@link Kswin.state} output. */
  static restore(state: unknown): Kswin {
    const s = parseOrThrow(stateSchema, state, 'KSWIN state');
    const kswin = new Kswin(s.params);
    kswin.window = [...s.window];
    kswin.rng = new Prng(s.rng as PrngState);
    kswin.n = s.n;
    kswin.p = s.pValue;
    kswin.d = s.statistic;
    kswin.drift = s.driftDetected;
    return kswin;
  }

  get driftDetected(): boolean {
    return this.drift;
  }

  /** p-value of the last test (0 before the window first fills, as river). */
  get pValue(): number {
    return this.p;
  }

  /** KS statistic D of the last test. */
  get statistic(): number {
    return this.d;
  }

  update(x: number): boolean {
    assertFiniteInput(x);
    if (this.drift) this.reset();
    const { windowSize, statSize, alpha } = this.params;
    this.n += 1;
    this.window.push(x);
    if (this.window.length > windowSize) this.window.shift();
    if (this.window.length < windowSize) {
      this.drift = false;
      return false;
    }
    const older = this.rng
      .sample(windowSize - statSize, statSize)
      .map(i => this.window[i]);
    const recent = this.window.slice(windowSize - statSize);
    const { statistic, pValue } = ksTwoSample(older, recent);
    this.d = statistic;
    this.p = pValue;
    this.drift = pValue <= alpha && statistic > 0.1;
    // river keeps only the recent sample after a drift, although the reset
    // on the next update discards it; mirrored so `state()` matches.
    if (this.drift) this.window = recent;
    return this.drift;
  }

  state(): KswinState {
    return {
      kind: 'kswin',
      version: DRIFT_STATE_VERSION,
      params: { ...this.params },
      window: [...this.window],
      rng: this.rng.state(),
      n: this.n,
      pValue: this.p,
      statistic: this.d,
      driftDetected: this.drift,
    };
  }

  /** Empties the window and re-seeds the generator, as river's `_reset`. */
  private reset(): void {
    this.window = [];
    this.rng = new Prng(seedPrng(this.params.seed));
    this.n = 0;
    this.p = 0;
    this.d = 0;
    this.drift = false;
  }
}
