/**
 * What-if analysis: the balanced target re-computed with one input changed.
 */

import { tierTarget } from './availabilityTiers';
import { isDataDay } from './history';
import { balancedTarget, meanDailyEvents, TierModelInput } from './model';
import { formatPercent } from './format';

/** One what-if and the balanced target it would give. @public */
export interface Counterfactual {
  change: string;
  balancedTarget: number;
  /** `balancedTarget` minus the actual balanced target. */
  delta: number;
}

/**
 * Counterfactuals of the balanced target: the bottleneck dependency one
 * nine better (its unavailability divided by 10, the bound scaled by the
 * same factor as the bottleneck's availability), traffic doubled (which
 * relaxes the traffic cap) and the worst day (most bad events) removed.
 * @public
 */
export function counterfactuals(
  input: TierModelInput & { bottleneck?: { id: string; availability: number } },
): Counterfactual[] {
  const actual = balancedTarget(input);
  const out: Counterfactual[] = [];
  const add = (change: string, target: number) =>
    out.push({ change, balancedTarget: target, delta: target - actual.target });
  const caps = {
    windowDays: input.windowDays,
    bound: input.bound,
    dailyEvents: input.dailyEvents ?? meanDailyEvents(input.history),
  };
  const level = actual.resolved.levels.balanced;

  const b = input.bottleneck;
  if (
    b &&
    input.bound !== undefined &&
    b.availability > 0 &&
    b.availability < 1
  ) {
    const better = 1 - (1 - b.availability) / 10;
    const bound = Math.min(1, (input.bound * better) / b.availability);
    add(
      `${b.id} one nine better (${formatPercent(
        b.availability,
      )} → ${formatPercent(better)})`,
      tierTarget(level, { ...caps, bound }).target,
    );
  }
  if (caps.dailyEvents !== undefined) {
    add(
      'traffic doubled',
      tierTarget(level, { ...caps, dailyEvents: caps.dailyEvents * 2 }).target,
    );
  }
  let worst = -1;
  let worstBad = 0;
  input.history.forEach((d, i) => {
    if (isDataDay(d) && d.total - d.good > worstBad) {
      worst = i;
      worstBad = d.total - d.good;
    }
  });
  if (worst >= 0) {
    const history = input.history.map((d, i) =>
      i === worst ? { day: d.day, good: 0, total: 0, gap: true } : d,
    );
    add(
      `worst day (${input.history[worst].day}) removed`,
      balancedTarget({ ...input, history, dailyEvents: caps.dailyEvents })
        .target,
    );
  }
  return out;
}
