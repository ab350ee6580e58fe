import {
  DEFAULT_WINDOW_DAYS,
  errorBudgetMinutes,
  modificationDelta,
  recommendedTargets,
  SloDecision,
  sloDecisionSchema,
  SloModifications,
  SloRecommendationResponse,
} from '@slo-engine/plugin-slo-common';
import { formatBudgetMinutes } from '../shared';
import {
  DecisionField,
  DecisionFormValues,
  LATENCY_FIELDS,
  SLO_LATENCY_KEYS,
  tierTargets,
} from './decisionValues';

/** One changed field against the tier, as the backend will record it. */
export interface DeltaLine {
  field: DecisionField;
  /** Same wording as the backend's `modification_delta` summaries. */
  summary: string;
  /** What the change does to the error budget, for availability and window. */
  budget?: string;
}

export interface DecisionDraft {
  /** Set when the form is valid. */
  decision?: SloDecision;
  errors: Partial<Record<DecisionField | 'form', string>>;
  deltas: DeltaLine[];
}

const LABELS: Record<DecisionField, string> = {
  availability: 'Availability target',
  latency: 'Latency target',
  windowDays: 'Window',
  rationale: 'Rationale',
};

function parseNumber(text: string): number | string {
  if (!text.trim()) return 'is required: enter a number';
  const value = Number(text);
  return Number.isFinite(value) ? value : 'must be a number';
}

function budget(target: number, windowDays: number): string | undefined {
  if (!(target > 0 && target < 100)) return undefined;
  return formatBudgetMinutes(errorBudgetMinutes(target / 100, windowDays));
}

function fieldOf(path: (string | number)[]): DecisionField | 'form' {
  if (path[0] === 'rationale') return 'rationale';
  if (path[0] !== 'modifications' || path.length < 2) return 'form';
  if (path[1] === 'availability_target') return 'availability';
  if (path[1] === 'window_days') return 'windowDays';
  return 'latency';
}

/**
 * The modifications a modify sends: only the fields that differ from the
 * tier, since the backend refuses a "modify" that changes nothing.
 */
function modifications(
  body: SloRecommendationResponse,
  values: DecisionFormValues,
  draft: DecisionDraft,
): SloModifications {
  const targets = tierTargets(body, values.tier);
  const windowDays = Number(values.windowDays);
  const mods: Record<string, number> = {};
  if (targets.availability !== undefined) {
    const value = parseNumber(values.availability);
    if (typeof value === 'string') draft.errors.availability = value;
    else if (value !== targets.availability) mods.availability_target = value;
  }
  if (targets.latency) {
    const value = parseNumber(values.latency);
    if (typeof value === 'string') draft.errors.latency = value;
    else if (value <= 0) draft.errors.latency = 'must be above 0 ms';
    else if (value !== targets.latency.target_ms) {
      mods[LATENCY_FIELDS[targets.latency.percentile]] = value;
    }
  }
  if (windowDays !== DEFAULT_WINDOW_DAYS) mods.window_days = windowDays;

  const target =
    mods.availability_target ??
    (draft.errors.availability ? undefined : targets.availability);
  const budgetChange =
    targets.availability !== undefined && target !== undefined
      ? `error budget ${budget(targets.availability, DEFAULT_WINDOW_DAYS)} → ${
          budget(target, windowDays) ?? 'none'
        } per ${windowDays} days`
      : undefined;
  // The backend's own delta code, so the preview is what the audit trail
  // will record.
  const delta = modificationDelta(
    recommendedTargets(body, values.tier),
    mods as SloModifications,
  );
  if (delta.availability) {
    draft.deltas.push({
      field: 'availability',
      summary: delta.availability.summary,
      budget: budgetChange,
    });
  }
  const latencyDelta = targets.latency
    ? delta[SLO_LATENCY_KEYS[targets.latency.percentile]]
    : undefined;
  if (latencyDelta) {
    draft.deltas.push({
      field: 'latency',
      summary: `${targets.latency!.percentile} ${latencyDelta.summary}`,
    });
  }
  if (delta.window_days) {
    draft.deltas.push({
      field: 'windowDays',
      summary: delta.window_days.summary,
      budget: delta.availability ? undefined : budgetChange,
    });
  }
  return mods as SloModifications;
}

/**
 * Validates the form with the backend's own decision schema and builds
 * the request body, the errors per field and the preview of the changes.
 */
export function draftDecision(
  body: SloRecommendationResponse,
  values: DecisionFormValues,
): DecisionDraft {
  const draft: DecisionDraft = { errors: {}, deltas: [] };
  const base = {
    recommendation_id: body.recommendation_id,
    selected_tier: values.tier,
  };
  const rationale = values.rationale.trim();
  let candidate: unknown;
  if (values.action === 'accept') {
    candidate = {
      action: 'accept',
      ...base,
      ...(rationale ? { rationale } : {}),
    };
  } else if (values.action === 'reject') {
    candidate = { action: 'reject', ...base, rationale };
  } else {
    const mods = modifications(body, values, draft);
    candidate = { action: 'modify', ...base, modifications: mods, rationale };
  }
  // A field that does not parse is left out of the modifications; the
  // "nothing changed" error would then only confuse.
  const unparsed = Object.keys(draft.errors).length > 0;
  const parsed = sloDecisionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (draft.errors[field] || (field === 'form' && unparsed)) continue;
      draft.errors[field] =
        field === 'form' && issue.path[0] === 'modifications'
          ? `Change at least one target or the window: these values are the ${values.tier} tier's. To keep them, accept the tier.`
          : issue.message;
    }
  }
  if (Object.keys(draft.errors).length === 0 && parsed.success) {
    draft.decision = parsed.data;
  }
  return draft;
}

/** "Availability target must be below 100: …" from a field and its error. */
export function fieldError(field: DecisionField, message: string): string {
  const separator = /^[A-Z]/.test(message) ? ': ' : ' ';
  return `${LABELS[field]}${separator}${message}`;
}
