import { InputError } from '@backstage/errors';
import {
  DEFAULT_WINDOW_DAYS,
  MODIFIED_KEYS,
  modificationDelta,
  recommendedTargets,
  SloDecision,
} from '@slo-engine/plugin-slo-common';
import { ModificationDelta, SloSource, SloTargets } from './types';

export { recommendedTargets };

/** What an accept or modify activates. */
export interface ActivationPlan {
  source: SloSource;
  targets: SloTargets;
  windowDays: number;
  /** Undefined for a plain accept. */
  modificationDelta?: ModificationDelta;
}

/**
 * The SLO an accept or modify activates, from the chosen tier of the
 * recommendation body plus the modifications.
 */
export function planActivation(
  decision: Exclude<SloDecision, { action: 'reject' }>,
  recommendationBody: unknown,
): ActivationPlan {
  const tier = decision.selected_tier;
  const recommended = recommendedTargets(recommendationBody, tier);
  if (Object.keys(recommended).length === 0) {
    throw new InputError(
      `recommendation ${decision.recommendation_id} has no ${tier} targets to activate`,
    );
  }
  if (decision.action === 'accept') {
    return {
      source: 'recommendation_accepted',
      targets: recommended,
      windowDays: DEFAULT_WINDOW_DAYS,
    };
  }
  const mods = decision.modifications;
  const delta = modificationDelta(recommended, mods);
  if (Object.keys(delta).length === 0) {
    throw new InputError(
      `the modifications equal the recommended ${tier} tier; send action "accept" instead`,
    );
  }
  const targets = { ...recommended };
  for (const [field, key] of MODIFIED_KEYS) {
    const value = mods[field];
    if (typeof value === 'number') {
      targets[key] = value;
    }
  }
  return {
    source: 'recommendation_modified',
    targets,
    windowDays: mods.window_days ?? DEFAULT_WINDOW_DAYS,
    modificationDelta: delta,
  };
}
