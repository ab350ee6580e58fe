/**
 * Percent formatting for explanation text.
 */

/**
 * A ratio as a percent with needless zeros dropped: 0.999 → "99.9%".
 * With `roundDownTo`, truncates to that many decimals (bounds never read
 * higher than they are): 0.99827 → "99.82%".
 * @public
 */
export function formatPercent(ratio: number, roundDownTo?: number): string {
  if (roundDownTo === undefined) return `${Number((ratio * 100).toFixed(4))}%`;
  const scale = 10 ** roundDownTo;
  return `${Math.floor(ratio * 100 * scale + 1e-7) / scale}%`;
}
