import { AvailabilityRecommendation } from '@slo-engine/plugin-slo-common';
import { formatRatio, formatTarget, TIER_LABELS, TIERS } from '../shared';

/**
 * The warning that some targets are out of reach because of the hard
 * dependency chain, or undefined when the chain limited nothing.
 */
export function unachievableTargetWarning(
  availability: AvailabilityRecommendation,
): string | undefined {
  const impact = availability.explanation.dependency_impact;
  const capped = TIERS.filter(
    t => availability.tiers[t].capped_by === 'composite-bound',
  );
  if (!impact.bound_is_binding && capped.length === 0) return undefined;
  const bound = formatTarget(impact.composite_availability_bound);
  const names = capped.map(t => TIER_LABELS[t].toLowerCase());
  const which = names.length
    ? ` The ${names.join(' and ')} ${
        names.length === 1 ? 'tier was' : 'tiers were'
      } capped by it.`
    : '';
  const fix =
    impact.bottleneck_service && impact.bottleneck_availability !== undefined
      ? ` Only a more reliable ${impact.bottleneck_service} (now ${formatTarget(
          impact.bottleneck_availability,
        )}) or less reliance on it can raise the bound.`
      : '';
  return `Targets above ${bound} are not achievable: the hard dependency chain allows at most that.${which}${fix}`;
}

/**
 * Why the bound may be optimistic: dependencies without a known
 * availability count as 100% (docs/algorithms.md, "Unknown availability").
 */
export function unknownAvailabilityNote(
  availability: AvailabilityRecommendation,
): string | undefined {
  const impact = availability.explanation.dependency_impact;
  if (!impact.unknown_availability.length) return undefined;
  return (
    `Availability unknown for ${impact.unknown_availability.join(', ')}: ` +
    `counted as 100%, so the real bound may be lower (confidence ${formatRatio(
      impact.confidence,
      0,
    )}).`
  );
}
