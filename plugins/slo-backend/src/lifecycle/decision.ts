import { InputError } from '@backstage/errors';
import { SloDecision, SloModifications } from './decisionSchema';
import {
  DeltaEntry,
  ModificationDelta,
  SloSource,
  SloTargets,
  SloTier,
} from './types';

/** The SLO window unless a decision modifies it. */
export const DEFAULT_WINDOW_DAYS = 30;

/** What an accept or modify activates. */
export interface ActivationPlan {
  source: SloSource;
  targets: SloTargets;
  windowDays: number;
  /** Undefined for a plain accept. */
  modificationDelta?: ModificationDelta;
}

// Only `target`, `target_ms` and `percentile` are read: the rest of the tier
// bodies may change without touching the lifecycle.
interface LooseTier {
  target?: unknown;
  target_ms?: unknown;
  percentile?: unknown;
}
interface LooseRecommendationBody {
  recommendations?: { sli_type?: string; tiers?: Record<string, LooseTier> }[];
}

const LATENCY_KEYS: Record<string, keyof SloTargets> = {
  p95: 'latency_p95_ms',
  p99: 'latency_p99_ms',
  'p99.9': 'latency_p999_ms',
};

const MODIFIED_KEYS: [keyof SloModifications & string, keyof SloTargets][] = [
  ['availability_target', 'availability'],
  ['latency_p95_target_ms', 'latency_p95_ms'],
  ['latency_p99_target_ms', 'latency_p99_ms'],
  ['latency_p999_target_ms', 'latency_p999_ms'],
];

/** The targets of one tier of a stored recommendation body (FR-2). */
export function recommendedTargets(body: unknown, tier: SloTier): SloTargets {
  const targets: SloTargets = {};
  for (const rec of (body as LooseRecommendationBody).recommendations ?? []) {
    const t = rec.tiers?.[tier];
    if (rec.sli_type === 'availability' && typeof t?.target === 'number') {
      targets.availability = t.target;
    }
    const key = LATENCY_KEYS[String(t?.percentile)];
    if (rec.sli_type === 'latency' && key && typeof t?.target_ms === 'number') {
      targets[key] = t.target_ms;
    }
  }
  return targets;
}

// Differences of decimals (99.95 - 99.9) carry binary noise.
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function deltaEntry(
  recommended: number | undefined,
  target: number,
  unit: DeltaEntry['unit'],
): DeltaEntry {
  const label = unit === 'percentage_points' ? 'pp' : unit;
  if (recommended === undefined) {
    return {
      recommended: null,
      target,
      delta: null,
      unit,
      summary: `set to ${target}; the recommendation has no such target`,
    };
  }
  const delta = round(target - recommended);
  const sign = delta >= 0 ? '+' : '';
  return {
    recommended,
    target,
    delta,
    unit,
    summary: `${sign}${delta} ${label} from recommended ${recommended}`,
  };
}

/** The changed fields of `modifications` against the recommended targets. */
export function modificationDelta(
  recommended: SloTargets,
  modifications: SloModifications,
): ModificationDelta {
  const delta: ModificationDelta = {};
  for (const [field, key] of MODIFIED_KEYS) {
    const value = modifications[field];
    if (typeof value === 'number' && value !== recommended[key]) {
      delta[key] = deltaEntry(
        recommended[key],
        value,
        key === 'availability' ? 'percentage_points' : 'ms',
      );
    }
  }
  const window = modifications.window_days;
  if (window !== undefined && window !== DEFAULT_WINDOW_DAYS) {
    delta.window_days = deltaEntry(DEFAULT_WINDOW_DAYS, window, 'days');
  }
  return delta;
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
