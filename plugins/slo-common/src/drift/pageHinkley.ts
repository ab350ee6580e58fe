/**
 * Page-Hinkley test, ported from river's `drift.PageHinkley` (the two-sided
 * version with `mode`). It accumulates faded deviations of each value from
 * the running mean, one sum biased down by `delta` to catch increases and
 * one biased up to catch decreases, and signals drift when a sum has moved
 * more than `threshold` away from its extreme.
 */
import { z } from 'zod';
import { DRIFT_STATE_VERSION, DriftDetector } from './types';
import {
  assertFiniteInput,
  between,
  finite,
  integer,
  parseOrThrow,
} from './validation';

/** Which direction of change Page-Hinkley watches. @public */
export type PageHinkleyMode = 'up' | 'down' | 'both';

/**
 * Page-Hinkley parameters; river's names are `min_instances`, `delta`,
 * `threshold`, `alpha` and `mode`.
 * @public
 */
export interface PageHinkleyParams {
  /** Values seen before drift may be signalled. */
  minInstances: number;
  /** Magnitude of change tolerated without accumulating evidence. */
  delta: number;
  /** Detection threshold (lambda), in the units of the input. */
  threshold: number;
  /** Fading factor applied to the cumulative sums each step. */
  alpha: number;
  mode: PageHinkleyMode;
}

/** river's defaults. @public */
export const PAGE_HINKLEY_DEFAULTS: Readonly<PageHinkleyParams> = {
  minInstances: 30,
  delta: 0.005,
  threshold: 50,
  alpha: 1 - 0.0001,
  mode: 'both',
};

const paramsSchema = z
  .object({
    minInstances: integer(1),
    delta: between(0, Infinity, { loClosed: true }),
    threshold: between(0, Infinity),
    alpha: between(0, 1, { hiClosed: true }),
    mode: z.enum(['up', 'down', 'both'], {
      errorMap: () => ({ message: 'must be "up", "down" or "both"' }),
    }),
  })
  .strict();

const stateSchema = z
  .object({
    kind: z.literal('page-hinkley'),
    version: z.literal(DRIFT_STATE_VERSION),
    params: paramsSchema,
    n: integer(0),
    mean: finite(),
    sumIncrease: finite(),
    sumDecrease: finite(),
    // +Infinity before the first value, which JSON cannot hold.
    minIncrease: finite().nullable(),
    maxDecrease: finite(),
    driftDetected: z.boolean(),
  })
  .strict();

/** Serialised Page-Hinkley detector. @public */
export type PageHinkleyState = z.infer<typeof stateSchema>;

/** Page-Hinkley drift detector. @public */
export class PageHinkley implements DriftDetector<PageHinkleyState> {
  readonly params: Readonly<PageHinkleyParams>;
  private n = 0;
  private mean = 0;
  private sumIncrease = 0;
  private sumDecrease = 0;
  private minIncrease = Infinity;
  // river starts the maximum at -1, not -Infinity; kept for parity.
  private maxDecrease = -1;
  private drift = false;

  constructor(params: Partial<PageHinkleyParams> = {}) {
    this.params = parseOrThrow(
      paramsSchema,
      { ...PAGE_HINKLEY_DEFAULTS, ...params },
      'Page-Hinkley parameters',
    );
  }

  /** Rebuilds a detector from {@link PageHinkley.state} output. */
  static restore(state: unknown): PageHinkley {
    const s = parseOrThrow(stateSchema, state, 'Page-Hinkley state');
    const ph = new PageHinkley(s.params);
    ph.n = s.n;
    ph.mean = s.mean;
    ph.sumIncrease = s.sumIncrease;
    ph.sumDecrease = s.sumDecrease;
    ph.minIncrease = s.minIncrease ?? Infinity;
    ph.maxDecrease = s.maxDecrease;
    ph.drift = s.driftDetected;
    return ph;
  }

  get driftDetected(): boolean {
    return this.drift;
  }

  /** Running mean of the values since the last reset. */
  get runningMean(): number {
    return this.mean;
  }

  update(x: number): boolean {
    assertFiniteInput(x);
    if (this.drift) this.reset();
    const { alpha, delta, threshold, minInstances, mode } = this.params;
    this.n += 1;
    this.mean += (x - this.mean) / this.n;
    const dev = x - this.mean;
    this.sumIncrease = alpha * this.sumIncrease + dev - delta;
    this.sumDecrease = alpha * this.sumDecrease + dev + delta;
    if (this.sumIncrease < this.minIncrease)
      this.minIncrease = this.sumIncrease;
    if (this.sumDecrease > this.maxDecrease)
      this.maxDecrease = this.sumDecrease;
    if (this.n >= minInstances) {
      const up = this.sumIncrease - this.minIncrease > threshold;
      const down = this.maxDecrease - this.sumDecrease > threshold;
      if (mode === 'up') this.drift = up;
      else if (mode === 'down') this.drift = down;
      else this.drift = up || down;
    }
    return this.drift;
  }

  state(): PageHinkleyState {
    return {
      kind: 'page-hinkley',
      version: DRIFT_STATE_VERSION,
      params: { ...this.params },
      n: this.n,
      mean: this.mean,
      sumIncrease: this.sumIncrease,
      sumDecrease: this.sumDecrease,
      minIncrease: Number.isFinite(this.minIncrease) ? this.minIncrease : null,
      maxDecrease: this.maxDecrease,
      driftDetected: this.drift,
    };
  }

  private reset(): void {
    this.n = 0;
    this.mean = 0;
    this.sumIncrease = 0;
    this.sumDecrease = 0;
    this.minIncrease = Infinity;
    this.maxDecrease = -1;
    this.drift = false;
  }
}
