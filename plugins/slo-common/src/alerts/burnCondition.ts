import { promqlNumber } from './promql';
import type { BurnRateType, BurnRateWindowPair } from './types';

/**
 * The PromQL a burn condition reads, per window (a Prometheus duration):
 * recorded series in the generated rules, raw expressions in a replay.
 */
export interface BurnConditionSeries {
  /** Bad events / events in the window. */
  ratio(w: string): string;
  /** Events in the window. */
  total(w: string): string;
}

export interface BurnConditionOptions {
  burnRateType: BurnRateType;
  /** The SLO window as a Prometheus duration, e.g. `30d`. */
  sloWindow: string;
  /** 1 − objective. */
  budget: number;
  /** 0: no traffic guard. */
  minTrafficEvents: number;
}

/** `(1 / 48)` for unit fractions without a short decimal, else the number. */
function fractionLiteral(value: number): string {
  const inverse = 1 / value;
  const short = promqlNumber(value).length <= 6;
  if (!short && value < 1 && Math.abs(inverse - Math.round(inverse)) < 1e-9) {
    return `(1 / ${Math.round(inverse)})`;
  }
  return promqlNumber(value);
}

/**
 * The alert condition of one window pair: both error ratios above the
 * (static or traffic-aware) threshold, plus the optional traffic guard.
 * Shared by the rule generator and the alert replay so that what a replay
 * shows is what the generated alert does.
 */
export function burnCondition(
  pair: BurnRateWindowPair,
  series: BurnConditionSeries,
  options: BurnConditionOptions,
): string {
  const threshold =
    options.burnRateType === 'static'
      ? promqlNumber(pair.threshold)
      : `(${series.total(options.sloWindow)} / ${series.total(
          pair.long,
        )}) * ${fractionLiteral(pair.budgetFraction)} * ${promqlNumber(
          options.budget,
        )}`;
  const clauses = [
    `${series.ratio(pair.long)} > ${threshold}`,
    `${series.ratio(pair.short)} > ${threshold}`,
  ];
  if (options.minTrafficEvents > 0) {
    clauses.push(
      `${series.total(pair.long)} >= ${promqlNumber(options.minTrafficEvents)}`,
    );
  }
  return clauses.join('\nand\n');
}
