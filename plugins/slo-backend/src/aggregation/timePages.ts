/** One range query's grid: evaluation timestamps from `start` to `end`. */
export interface TimePage {
  start: number;
  end: number;
  timestamps: number[];
}

/**
 * Splits the buckets ending in (from, to] — aligned to `step` seconds from
 * the epoch, so daily buckets are UTC days — into pages of at most
 * `maxPoints` timestamps.
 */
export function timePages(
  fromSeconds: number,
  toSeconds: number,
  step: number,
  maxPoints: number,
): TimePage[] {
  const first = Math.floor(fromSeconds / step) * step + step;
  const last = Math.floor(toSeconds / step) * step;
  const pages: TimePage[] = [];
  for (let start = first; start <= last; start += step * maxPoints) {
    const end = Math.min(last, start + step * (maxPoints - 1));
    const timestamps: number[] = [];
    for (let t = start; t <= end; t += step) timestamps.push(t);
    pages.push({ start, end, timestamps });
  }
  return pages;
}
