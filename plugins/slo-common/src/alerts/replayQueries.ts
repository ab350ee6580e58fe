import { burnCondition } from './burnCondition';
import { indicatorQueries } from './indicators';
import { formatPromDuration, parsePromDuration } from './promql';
import type { BurnRateType, BurnRateWindowPair, SloAlertSpec } from './types';
import { burnRateWindowPairs } from './windows';

/**
 * The alert condition of one window pair over raw series.
 * @public
 */
export interface AlertReplayQuery {
  pair: BurnRateWindowPair;
  /** The burn condition with every recorded series inlined. */
  expr: string;
  /** The pair's `for:` in seconds. */
  forSeconds: number;
}

/**
 * The burn-rate conditions of an SLO in the given mode, evaluable over past
 * data: the recording rules the generated alerts read do not exist before
 * they are loaded, so each recorded series is replaced by its own
 * expression, in parentheses. Thresholds, traffic guard and (for dynamic
 * burn rates) the SLO-window event count are those of
 * `generateAlertRules`, built by the same code.
 * @public
 */
export function alertReplayQueries(
  spec: SloAlertSpec,
  burnRateType: BurnRateType,
): AlertReplayQuery[] {
  const minTrafficEvents = spec.minTrafficEvents ?? 0;
  if (!(minTrafficEvents >= 0) || !Number.isFinite(minTrafficEvents)) {
    throw new RangeError(
      `minTrafficEvents must be >= 0, got ${minTrafficEvents}`,
    );
  }
  const { pairs } = burnRateWindowPairs(
    spec.windowDays,
    spec.objective,
    burnRateType,
  );
  const queries = indicatorQueries(spec.indicator);
  const total = (w: string) => `(${queries.total(w)})`;
  const errors = (w: string) => `(${queries.errors(w)})`;
  const options = {
    burnRateType,
    sloWindow: formatPromDuration(spec.windowDays * 86400),
    budget: 1 - spec.objective,
    minTrafficEvents,
  };
  return pairs.map(pair => ({
    pair,
    expr: burnCondition(
      pair,
      { ratio: w => `(${errors(w)} / ${total(w)})`, total },
      options,
    ),
    forSeconds: parsePromDuration(pair.for),
  }));
}

/**
 * Counts the series of the indicator with a sample in the `windowSeconds`
 * before the evaluation time: empty when there is no data to replay.
 * @public
 */
export function alertReplayPresenceQuery(
  spec: SloAlertSpec,
  windowSeconds: number,
): string {
  const { absentSelector } = indicatorQueries(spec.indicator);
  return `count(present_over_time(${absentSelector}[${formatPromDuration(
    windowSeconds,
  )}]))`;
}
