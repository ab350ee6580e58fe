import { formatPromDuration, promqlNumber } from './promql';
import type { BurnRateWindowPair, AlertRulesMetadata } from './types';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

interface PairTemplate {
  longSeconds: number;
  shortSeconds: number;
  factor: number;
  budgetFraction: number;
  severity: 'page' | 'ticket';
}

/**
 * SRE Workbook ch. 5 (table 5-8 plus the 1d/2h ticket of its Prometheus
 * example): 2 %, 5 %, 10 %, 10 % of a 30-day budget.
 */
const WORKBOOK_30D: PairTemplate[] = [
  {
    longSeconds: HOUR,
    shortSeconds: 5 * MINUTE,
    factor: 14.4,
    budgetFraction: 0.02,
    severity: 'page',
  },
  {
    longSeconds: 6 * HOUR,
    shortSeconds: 30 * MINUTE,
    factor: 6,
    budgetFraction: 0.05,
    severity: 'page',
  },
  {
    longSeconds: DAY,
    shortSeconds: 2 * HOUR,
    factor: 3,
    budgetFraction: 0.1,
    severity: 'ticket',
  },
  {
    longSeconds: 3 * DAY,
    shortSeconds: 6 * HOUR,
    factor: 1,
    budgetFraction: 0.1,
    severity: 'ticket',
  },
];

/**
 * Pyrra's 28-day set (factors 14/7/2/1), whose budget fractions are
 * 1/48, 1/16, 1/14 and 1/7. Other windows scale these linearly.
 */
const PYRRA_28D: PairTemplate[] = [
  {
    longSeconds: HOUR,
    shortSeconds: 5 * MINUTE,
    factor: 14,
    budgetFraction: 1 / 48,
    severity: 'page',
  },
  {
    longSeconds: 6 * HOUR,
    shortSeconds: 30 * MINUTE,
    factor: 7,
    budgetFraction: 1 / 16,
    severity: 'page',
  },
  {
    longSeconds: DAY,
    shortSeconds: 2 * HOUR,
    factor: 2,
    budgetFraction: 1 / 14,
    severity: 'ticket',
  },
  {
    longSeconds: 4 * DAY,
    shortSeconds: 6 * HOUR,
    factor: 1,
    budgetFraction: 1 / 7,
    severity: 'ticket',
  },
];

function roundToMinute(seconds: number): number {
  return Math.max(MINUTE, Math.round(seconds / MINUTE) * MINUTE);
}

/** `for:` is half the short window, whole minutes, at least one minute. */
function forSeconds(shortSeconds: number): number {
  return Math.max(MINUTE, Math.floor(shortSeconds / 2 / MINUTE) * MINUTE);
}

/**
 * The window pairs for an SLO window, with their thresholds for `objective`.
 * 30 days: SRE Workbook; 28 days: Pyrra; any other whole number of days:
 * Pyrra's 28-day windows scaled by `windowDays / 28` and rounded to the
 * minute, with the same budget fractions, so the factor stays
 * `budgetFraction × window / long`.
 * @public
 */
export function burnRateWindowPairs(
  windowDays: number,
  objective: number,
  burnRateType: 'static' | 'dynamic' = 'static',
): { pairs: BurnRateWindowPair[]; source: AlertRulesMetadata['windowSource'] } {
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new RangeError(
      `windowDays must be a whole number of days, got ${windowDays}`,
    );
  }
  if (!(objective > 0 && objective < 1)) {
    throw new RangeError(`objective must be in (0, 1), got ${objective}`);
  }
  let templates: PairTemplate[];
  let source: AlertRulesMetadata['windowSource'];
  if (windowDays === 30) {
    templates = WORKBOOK_30D;
    source = 'sre-workbook-30d';
  } else if (windowDays === 28) {
    templates = PYRRA_28D;
    source = 'pyrra-28d';
  } else {
    const scale = windowDays / 28;
    const sloSeconds = windowDays * DAY;
    templates = PYRRA_28D.map(t => {
      const longSeconds = roundToMinute(t.longSeconds * scale);
      return {
        ...t,
        longSeconds,
        shortSeconds: roundToMinute(t.shortSeconds * scale),
        factor: Number(
          ((t.budgetFraction * sloSeconds) / longSeconds).toPrecision(12),
        ),
      };
    });
    source = 'scaled-from-28d';
  }
  const budget = 1 - objective;
  const pairs = templates.map(t => ({
    long: formatPromDuration(t.longSeconds),
    short: formatPromDuration(t.shortSeconds),
    longSeconds: t.longSeconds,
    shortSeconds: t.shortSeconds,
    factor: t.factor,
    budgetFraction: t.budgetFraction,
    severity: t.severity,
    for: formatPromDuration(forSeconds(t.shortSeconds)),
    threshold: Number(
      promqlNumber(
        burnRateType === 'static'
          ? t.factor * budget
          : t.budgetFraction * budget,
      ),
    ),
  }));
  return { pairs, source };
}
