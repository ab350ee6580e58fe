/** Options of `timeGrid`; all values in seconds. */
export interface TimeGridOptions {
  /** Unix time of the first sample (inclusive; earlier points are dropped). */
  start: number;
  /** Unix time of the last sample (always on the grid). */
  end: number;
  /** Spacing of the history. */
  stepSeconds: number;
  /** Finer spacing for the last `fineWindowSeconds` (default: none). */
  fineStepSeconds?: number;
  fineWindowSeconds?: number;
}

/**
 * Sample times, strictly increasing, aligned on `end`: every
 * `fineStepSeconds` within the last `fineWindowSeconds`, every `stepSeconds`
 * before that, down to `start`.
 */
export function timeGrid(options: TimeGridOptions): Float64Array {
  const { start, end, stepSeconds } = options;
  if (!(stepSeconds > 0)) throw new Error('stepSeconds must be > 0');
  if (!(end >= start)) throw new Error('end must not be before start');
  const fineStep = options.fineStepSeconds ?? stepSeconds;
  const fineWindow =
    fineStep < stepSeconds ? options.fineWindowSeconds ?? 0 : 0;
  if (!(fineStep > 0)) throw new Error('fineStepSeconds must be > 0');
  const times: number[] = [];
  const coarseFrom = end - fineWindow;
  let t = end;
  for (let i = 1; t > coarseFrom && t >= start; i++) {
    times.push(t);
    t = end - i * fineStep;
  }
  for (let i = 0; ; i++) {
    t = coarseFrom - i * stepSeconds;
    if (t < start) break;
    times.push(t);
  }
  times.reverse();
  return Float64Array.from(times);
}
