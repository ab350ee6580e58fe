import {
  formatAvailabilityPercent,
  ImpactedServiceBody,
} from '@slo-engine/plugin-slo-common';
import { formatPp } from '../shared';

/**
 * A composite availability from the response (percent): three decimals,
 * rounded down as the backend's own sentences do, so a bound never reads
 * better than it is.
 */
export const formatComposite = (percent: number) =>
  formatAvailabilityPercent(percent / 100, 3, true);

/** A target from the response (percent), with the decimals it has. */
export const formatImpactTarget = (percent: number) =>
  formatAvailabilityPercent(percent / 100);

/** A change in percentage points, signed; the response has four decimals. */
export function formatDelta(points: number): string {
  return points === 0 ? 'no change' : formatPp(points);
}

/** What the at-risk flags of one upstream service mean, in words. */
export type ImpactStatus =
  | 'At risk'
  | 'Already below target'
  | 'Within target'
  | 'No SLO';

export function impactStatus(service: ImpactedServiceBody): ImpactStatus {
  if (service.slo_at_risk === null) return 'No SLO';
  if (service.slo_at_risk && service.already_below_target) {
    return 'Already below target';
  }
  return service.slo_at_risk ? 'At risk' : 'Within target';
}
