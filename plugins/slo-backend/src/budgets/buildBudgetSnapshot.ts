import {
  BudgetThresholds,
  errorBudgetMinutes,
  errorBudgetState,
  EventCounts,
} from '@slo-engine/plugin-slo-common';
import type { SliKey } from '../alerts/specs/types';
import { budgetWindows, PROJECTION_WINDOW } from './budgetWindows';
import type { ErrorBudgetSnapshot, WindowCounts } from './types';

export interface BudgetSnapshotInput {
  entityRef: string;
  sloId: string;
  owner?: string;
  system?: string;
  sli: SliKey;
  objective: number;
  windowDays: number;
  /** Events per window name (`30d`, `1h`, …); absent where Prometheus had none. */
  counts: ReadonlyMap<string, WindowCounts>;
  now: Date;
  thresholds: BudgetThresholds;
  /** Shown with the budget, e.g. which histogram bucket was used. */
  note?: string;
  /** The series whose absence a no-data note names. */
  selector?: string;
}

/**
 * Good and total as `errorBudgetState` wants them. Bad events come from
 * separate queries (errors, or all minus fast buckets), so extrapolation
 * at series edges can put them a hair outside [0, total]: clamp.
 */
function toEventCounts(c: WindowCounts): EventCounts {
  const total = Math.max(0, c.total);
  const bad = Math.min(Math.max(0, c.bad), total);
  return { good: total - bad, total };
}

const joinNotes = (...notes: Array<string | undefined>) =>
  notes.filter(Boolean).join('; ') || undefined;

/**
 * The budget of one SLI from its window counts: the SLO window gives the
 * allowed, consumed and remaining budget, each pair window its burn rate,
 * and the 1d window the projected exhaustion. Without SLO-window data the
 * snapshot has no counts and status `no_data`.
 */
export function buildBudgetSnapshot(
  input: BudgetSnapshotInput,
): ErrorBudgetSnapshot {
  const { objective, windowDays, counts, now } = input;
  const windows = budgetWindows(windowDays, objective);
  const recent: Record<string, EventCounts> = {};
  for (const name of windows.all.slice(1)) {
    const c = counts.get(name);
    if (c) recent[name] = toEventCounts(c);
  }
  const inWindow = counts.get(windows.slo);
  const hasProjection = PROJECTION_WINDOW in recent;
  const state = errorBudgetState({
    target: objective,
    windowDays,
    window: inWindow ? toEventCounts(inWindow) : { good: 0, total: 0 },
    recent,
    ...(hasProjection ? { projectFrom: PROJECTION_WINDOW } : {}),
    now: now.getTime(),
    thresholds: input.thresholds,
  });
  const burnRates = windows.pairs.map(p => ({
    long: p.long,
    short: p.short,
    longRate: state.burnRates[p.long],
    shortRate: state.burnRates[p.short],
    longEvents: recent[p.long]?.total,
    shortEvents: recent[p.short]?.total,
    factor: p.factor,
    severity: p.severity,
  }));
  const base = {
    entityRef: input.entityRef,
    sloId: input.sloId,
    ...(input.owner ? { owner: input.owner } : {}),
    ...(input.system ? { system: input.system } : {}),
    sli: input.sli,
    objective,
    windowDays,
    allowedMinutes: errorBudgetMinutes(objective, windowDays),
    burnRates,
    projectionBurnRate: state.burnRates[PROJECTION_WINDOW],
    computedAt: now,
  };
  if (!inWindow) {
    return {
      ...base,
      status: 'no_data',
      note: joinNotes(
        `no samples${input.selector ? ` of ${input.selector}` : ''} over the ${
          windows.slo
        } SLO window`,
        input.note,
      ),
    };
  }
  // Without the 1d window errorBudgetState projects from another one;
  // only an already spent budget has a date then.
  const exhaustsAt =
    hasProjection || state.consumedShare >= 1 ? state.exhaustsAt : undefined;
  return {
    ...base,
    totalEvents: Math.max(0, inWindow.total),
    allowedEvents: state.allowedEvents,
    consumedEvents: state.consumedEvents,
    remainingEvents: state.remainingEvents,
    consumedMinutes: state.consumedMinutes,
    remainingMinutes: state.remainingMinutes,
    consumedShare: state.consumedShare,
    ...(exhaustsAt === undefined ? {} : { exhaustsAt: new Date(exhaustsAt) }),
    status: state.status,
    ...(input.note ? { note: input.note } : {}),
  };
}
