/**
 * What a modify changes against the recommended tier, worded as the audit
 * trail records it; the backend stores it and the decision form previews
 * it with the same code.
 */
import type {
  DeltaEntry,
  ModificationDelta,
  SloTargets,
  SloTier,
} from '../types/lifecycle';
import { DEFAULT_WINDOW_DAYS } from '../recommend/rollingWindows';
import type { SloModifications } from './decisionSchema';

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

export const MODIFIED_KEYS: [
  keyof SloModifications & string,
  keyof SloTargets,
][] = [
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
