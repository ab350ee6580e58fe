import { formatNumber, MINUS, NO_VALUE, trimDecimals } from './numbers';

/*
 * The backend sends ratios (0.999, shares of a budget, probabilities) and
 * percents (targets such as 99.9); each helper says which one it takes.
 */

/** A ratio as a percent with up to `digits` decimals: 0.9995 → `99.95%`. */
export function formatRatio(ratio: number, digits = 2): string {
  return `${formatNumber(ratio * 100, digits)}%`;
}

/**
 * A ratio as a percent with exactly `digits` decimals, so a table column
 * lines up: 0.6 → `60.0%`; missing figures show as a dash.
 */
export function formatPercent(
  ratio: number | null | undefined,
  digits = 1,
): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) {
    return NO_VALUE;
  }
  return `${(ratio * 100).toFixed(digits)}%`;
}

/**
 * A small ratio with three significant digits, for error-ratio
 * thresholds: 0.0144 → `1.44%`, 1/48 × 0.001 → `0.00208%`.
 */
export function formatSmallRatio(ratio: number): string {
  const text = new Intl.NumberFormat('en-US', {
    maximumSignificantDigits: 3,
  }).format(Number((ratio * 100).toPrecision(12)));
  return `${text}%`;
}

/**
 * A measured availability, showing two significant digits of what was
 * missed (at least 2, at most 4 decimals) and rounding the miss up, so a
 * measurement never reads better than it was: 0.99832898 → `99.83%`,
 * 0.99953 → `99.953%`.
 */
export function formatMeasuredAvailability(ratio: number): string {
  if (!Number.isFinite(ratio)) return NO_VALUE;
  if (ratio >= 1) return '100%';
  const missedPercent = (1 - ratio) * 100;
  const decimals = Math.min(
    4,
    Math.max(2, 1 - Math.floor(Math.log10(missedPercent))),
  );
  const scale = 10 ** decimals;
  // The epsilon keeps binary noise (0.047000000000000006) from rounding up.
  const missed = Math.ceil(missedPercent * scale - 1e-6) / scale;
  return `${(100 - missed).toFixed(decimals)}%`;
}

/** A target in percent, with the decimals it has: 99.5 → `99.5%`. */
export function formatTarget(percent: number): string {
  return `${trimDecimals(percent, 4)}%`;
}

/**
 * A probability as a percent. Below 1% two significant digits, because the
 * Jeffreys estimate of a target never missed is small but never 0 and
 * `0%` would overstate it: 0.0005 → `0.05%`, 0.157 → `15.7%`.
 */
export function formatProbability(probability: number): string {
  const percent = probability * 100;
  const value =
    percent >= 1 ? trimDecimals(percent, 1) : Number(percent.toPrecision(2));
  return `${value}%`;
}

/** A 95% interval in percent; the backend sends null without data. */
export function formatInterval(interval: [number, number] | null): string {
  if (!interval) return 'no data';
  const [low, high] = interval.map(v => trimDecimals(v, 4));
  return `${low}\u2013${high}%`;
}

/** Percentage points, unsigned: 0.2 → `0.2 pp`. */
export function formatPoints(points: number): string {
  return `${trimDecimals(points, 4)} pp`;
}

/** A signed difference in percentage points: −0.4 → `−0.4 pp`. */
export function formatPp(delta: number): string {
  const value = trimDecimals(delta, 4);
  if (value === 0) return '±0 pp';
  return `${value > 0 ? '+' : MINUS}${formatPoints(Math.abs(value))}`;
}
