/**
 * Monthly SLA compliance: an entity's actual availability over a calendar
 * month against its SLA target (usually looser than its SLO).
 */

/** Compliance of one month. @public */
export type SlaStatus = 'met' | 'at_risk' | 'failed';

/** Input of {@link slaMonthCompliance}. @public */
export interface SlaMonthInput {
  /** SLA target as a ratio, e.g. 0.995. */
  target: number;
  good: number;
  total: number;
  /** Share of the month elapsed, 0..1 (1 for a closed month). */
  elapsed: number;
  /** Consumed share of the SLA budget at which an open month is at risk. */
  atRiskShare?: number;
}

/** One month's compliance. @public */
export interface SlaMonthCompliance {
  /** Actual availability; undefined without traffic. */
  actual?: number;
  status: SlaStatus;
  /** Target − actual in percentage points when below target, else 0. */
  deficit: number;
  /** True when the month is closed. */
  final: boolean;
}

/**
 * A closed month is `met` or `failed`. An open month is `failed` once even
 * a perfect rest of the month (at the traffic rate so far) cannot reach
 * the target, `at_risk` when it is below target or has spent at least
 * `atRiskShare` (default 80%) of the SLA's error budget, else `met`.
 * A month without traffic is `met`: nothing was promised and missed.
 * @public
 */
export function slaMonthCompliance(input: SlaMonthInput): SlaMonthCompliance {
  const { target, good, total, elapsed } = input;
  if (!(target > 0 && target < 1)) {
    throw new RangeError(`SLA target must be in (0, 1), got ${target}`);
  }
  if (!(good >= 0 && total >= good)) {
    throw new RangeError(`need 0 <= good <= total, got ${good}/${total}`);
  }
  if (!(elapsed > 0 && elapsed <= 1)) {
    throw new RangeError(`elapsed must be in (0, 1], got ${elapsed}`);
  }
  const final = elapsed === 1;
  if (total === 0) return { status: 'met', deficit: 0, final };
  const actual = good / total;
  const deficit =
    actual < target ? Number(((target - actual) * 100).toFixed(6)) : 0;
  if (final)
    return { actual, status: deficit > 0 ? 'failed' : 'met', deficit, final };

  const expectedTotal = total / elapsed;
  const bestCase = (good + (expectedTotal - total)) / expectedTotal;
  const budget = Number((1 - target).toPrecision(12)) * total;
  const spent = budget > 0 ? (total - good) / budget : 0;
  let status: SlaStatus = 'met';
  if (bestCase < target) status = 'failed';
  else if (actual < target || spent >= (input.atRiskShare ?? 0.8))
    status = 'at_risk';
  return { actual, status, deficit, final };
}

/** Fleet summary of one month. @public */
export interface SlaFleetSummary {
  entities: number;
  compliant: number;
  atRisk: number;
  failed: number;
  /** Compliant / entities × 100; 100 for an empty fleet. */
  compliancePercent: number;
}

/** Counts a month's compliance over the fleet. @public */
export function slaFleetSummary(
  months: readonly SlaMonthCompliance[],
): SlaFleetSummary {
  const count = (s: SlaStatus) => months.filter(m => m.status === s).length;
  const compliant = count('met');
  return {
    entities: months.length,
    compliant,
    atRisk: count('at_risk'),
    failed: count('failed'),
    compliancePercent:
      months.length === 0 ? 100 : (compliant / months.length) * 100,
  };
}
