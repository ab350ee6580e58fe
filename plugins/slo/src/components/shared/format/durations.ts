import { formatNumber, MINUS, NO_VALUE } from './numbers';

const DAY = 1440;

/**
 * Minutes (of error budget, of an alert firing) in the unit a person
 * thinks in: `30 s`, `43.2 min`, `7 h 12 min`, `3 d 2 h`; negative when a
 * budget is overspent.
 */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) {
    return NO_VALUE;
  }
  const sign = minutes < 0 ? MINUS : '';
  const abs = Math.abs(minutes);
  const seconds = Math.round(abs * 60);
  if (abs > 0 && seconds < 60) return `${sign}${seconds} s`;
  // Rounded before the unit is chosen, so 59.97 min reads 1 h, not 60 min.
  if (Math.round(abs * 10) < 600) return `${sign}${formatNumber(abs)} min`;
  const whole = Math.round(abs);
  if (whole < 2 * DAY) {
    const rest = whole % 60;
    return `${sign}${Math.floor(whole / 60)} h${rest ? ` ${rest} min` : ''}`;
  }
  const hours = Math.round(abs / 60);
  const rest = hours % 24;
  return `${sign}${Math.floor(hours / 24)} d${rest ? ` ${rest} h` : ''}`;
}

/**
 * Minutes of error budget as the backend counts them, with the longer
 * unit once minutes alone are hard to picture: 216 → `216 min (3 h 36 min)`.
 */
export function formatBudgetMinutes(minutes: number): string {
  const shown = `${formatNumber(minutes)} min`;
  return Math.abs(minutes) < 60
    ? shown
    : `${shown} (${formatMinutes(minutes)})`;
}
