/**
 * Sentences of the impact analysis: why a service is (not) at risk, and a
 * one-sentence summary built from the counts.
 */

import { formatAvailabilityPercent } from './budget';
import { ImpactCycle, ImpactedService } from './impactTypes';

/** Composites rarely end in round numbers: three decimals, truncated. */
const composite = (ratio: number) => formatAvailabilityPercent(ratio, 3, true);
const target = (ratio: number) => formatAvailabilityPercent(ratio);

function cycleNote(service: ImpactedService, cycles: ImpactCycle[]) {
  if (service.cycles.length === 0) return '';
  const paths = service.cycles.map(i => cycles[i].path.join(' → '));
  return ` Its path passes the dependency cycle ${paths.join(
    ', ',
  )}, counted once at its weakest member.`;
}

/**
 * Why the service is or is not at risk, e.g. "Composite drops below the
 * SLO target: 99.350% < 99.9%."
 * @public
 */
export function riskDetail(
  service: ImpactedService,
  changed: string,
  cycles: ImpactCycle[],
  maxDepth: number,
): string {
  const cycle = cycleNote(service, cycles);
  if (service.via === 'soft-or-async') {
    return `Depends on ${changed} only through soft, degraded or asynchronous edges, which the composite leaves out.${cycle}`;
  }
  if (service.via === 'beyond-depth') {
    return `Reaches ${changed} only beyond the ${maxDepth}-hop depth of the composite.${cycle}`;
  }
  const from = composite(service.currentComposite);
  const to = composite(service.projectedComposite);
  if (service.sloTarget === undefined) {
    return `No active SLO to compare with; composite moves from ${from} to ${to}.${cycle}`;
  }
  const slo = target(service.sloTarget);
  if (service.sloAtRisk && service.alreadyBelowTarget) {
    return `Composite is already below the SLO target (${from} < ${slo}) and moves to ${to}.${cycle}`;
  }
  if (service.sloAtRisk) {
    return `Composite drops below the SLO target: ${to} < ${slo}.${cycle}`;
  }
  return `Composite stays at or above the SLO target: ${to} ≥ ${slo}.${cycle}`;
}

/**
 * One sentence with the counts, e.g. "Reducing payments to 99.5% lowers
 * the composite of 3 of 4 upstream services and puts 2 SLOs at risk of
 * breach."
 * @public
 */
export function impactSummarySentence(options: {
  changed: string;
  current: number;
  proposed: number;
  impacted: readonly ImpactedService[];
}): string {
  const { changed, current, proposed, impacted } = options;
  const atRisk = impacted.filter(s => s.sloAtRisk === true).length;
  const moved = impacted.filter(s => s.delta !== 0).length;
  const plural = (n: number, word: string) =>
    `${n} ${word}${n === 1 ? '' : 's'}`;
  let verb = 'Keeping';
  if (proposed < current) verb = 'Reducing';
  else if (proposed > current) verb = 'Raising';
  const change = `${verb} ${changed} ${
    verb === 'Keeping' ? 'at' : 'to'
  } ${target(proposed)}`;
  if (impacted.length === 0) {
    return `${change} affects no other service: nothing depends on it.`;
  }
  const direction = proposed > current ? 'raises' : 'lowers';
  const moves =
    moved === 0
      ? `changes no composite of its ${plural(
          impacted.length,
          'upstream service',
        )}`
      : `${direction} the composite of ${moved} of ${plural(
          impacted.length,
          'upstream service',
        )}`;
  return `${change} ${moves} and puts ${plural(
    atRisk,
    'SLO',
  )} at risk of breach.`;
}
