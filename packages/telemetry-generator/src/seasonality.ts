import { SeasonalitySpec } from './fleet';

const DAY = 86400;

/** Day of the week of a Unix time, 0 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeekUtc(unixSeconds: number): number {
  return (((Math.floor(unixSeconds / DAY) + 4) % 7) + 7) % 7;
}

/**
 * Traffic multiplier at a Unix time: a daily sine peaking at `peakHourUtc`
 * times a weekday/weekend factor normalised so that the average over whole
 * weeks is exactly 1. Without a spec the factor is 1.
 */
export function trafficFactor(
  spec: SeasonalitySpec | undefined,
  unixSeconds: number,
): number {
  if (!spec) return 1;
  const hour = (((unixSeconds % DAY) + DAY) % DAY) / 3600;
  const daily =
    1 +
    spec.dailyAmplitude *
      Math.sin((2 * Math.PI * (hour - spec.peakHourUtc + 6)) / 24);
  const weekday = 7 / (5 + 2 * spec.weekendFactor);
  const dow = dayOfWeekUtc(unixSeconds);
  const weekly =
    dow === 0 || dow === 6 ? spec.weekendFactor * weekday : weekday;
  return daily * weekly;
}
