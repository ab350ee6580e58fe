import {
  DEFAULT_WINDOW_DAYS,
  LatencyTierBody,
  SloDecision,
  SloRecommendationResponse,
  SloTier,
} from '@slo-engine/plugin-slo-common';
import { availabilityOf, latencyOf } from '../shared';

export type DecisionAction = SloDecision['action'];

/** What the decision form holds; numbers stay text while the user types. */
export interface DecisionFormValues {
  action: DecisionAction;
  tier: SloTier;
  availability: string;
  latency: string;
  windowDays: '30' | '28';
  rationale: string;
}

export type DecisionField =
  | 'availability'
  | 'latency'
  | 'windowDays'
  | 'rationale';

export { DEFAULT_WINDOW_DAYS };

export const LATENCY_FIELDS = {
  'p99.9': 'latency_p999_target_ms',
  p99: 'latency_p99_target_ms',
  p95: 'latency_p95_target_ms',
} as const;

/** The targets of one tier: availability in percent, latency per percentile. */
export function tierTargets(
  body: SloRecommendationResponse,
  tier: SloTier,
): { availability?: number; latency?: LatencyTierBody } {
  return {
    availability: availabilityOf(body)?.tiers[tier].target,
    latency: latencyOf(body)?.tiers[tier],
  };
}

export const SLO_LATENCY_KEYS = {
  'p99.9': 'latency_p999_ms',
  p99: 'latency_p99_ms',
  p95: 'latency_p95_ms',
} as const;

/** The form for a tier: its own targets filled in, the default window. */
export function initialValues(
  body: SloRecommendationResponse,
  tier: SloTier,
  action: DecisionAction = 'accept',
  rationale = '',
): DecisionFormValues {
  const targets = tierTargets(body, tier);
  return {
    action,
    tier,
    availability:
      targets.availability === undefined ? '' : String(targets.availability),
    latency: targets.latency ? String(targets.latency.target_ms) : '',
    windowDays: '30',
    rationale,
  };
}
