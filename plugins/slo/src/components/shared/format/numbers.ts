/** Shown where a figure is missing (no data, no timestamp). */
export const NO_VALUE = '–';

/** The minus sign of signed figures; a hyphen reads as a dash in tables. */
export const MINUS = '\u2212';

/** Removes binary float noise: 0.9995 × 100 is 99.95000000000002. */
export function cleanFloat(value: number): number {
  return Number(value.toPrecision(12));
}

/** At most `digits` decimals, trailing zeros dropped: 43.20 → 43.2. */
export function trimDecimals(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/** A number with thousands separators and up to `digits` decimals. */
export function formatNumber(value: number, digits = 1): string {
  return new Intl.NumberFormat('en-US', {
    maximumFractionDigits: digits,
  }).format(cleanFloat(value));
}

/** A count of events; allowed events can be fractional: `1,234.5`. */
export function formatCount(value: number): string {
  return formatNumber(value, 1);
}

/**
 * Events counted by Prometheus over a window. `increase()` extrapolates,
 * so counts arrive fractional; a whole number is all the precision they
 * have: 103326.8 → `103,327`.
 */
export function formatEventCount(value: number): string {
  return formatNumber(value, 0);
}

/** A chart axis count, short enough for a narrow axis: 14e6 → `14M`. */
export function formatCompactCount(value: number): string {
  return new Intl.NumberFormat('en-US', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A burn rate or another factor: 1.5 → `1.5×`. */
export function formatFactor(value: number): string {
  return `${formatNumber(value, 2)}×`;
}

/** Milliseconds: 1500 → `1,500 ms`. */
export function formatMs(ms: number): string {
  return `${formatNumber(ms, 1)} ms`;
}
