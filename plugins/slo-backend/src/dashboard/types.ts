import type {
  DashboardCriticality,
  DashboardDecisionTier,
  ErrorBudgetStatus,
} from '@slo-engine/plugin-slo-common';

/** Where an entity stands: mutually exclusive, active SLO first. */
export type CoverageState = 'active_slo' | 'awaiting_decision' | 'without_slo';

/** The latest budget of one SLI of an entity's active SLO. */
export interface BudgetFigure {
  sloId: string;
  sli: string;
  /** Undefined without data. */
  consumedShare?: number;
  remainingMinutes?: number;
  status: ErrorBudgetStatus;
  exhaustsAt?: Date;
}

/** Completed windows of one tier's SLOs of an entity. */
export interface WindowTally {
  completed: number;
  breached: number;
  withoutData: number;
}

/** Window tallies of an entity by the tier of its SLOs. */
export type TierTallies = Partial<Record<DashboardDecisionTier, WindowTally>>;

/** One precomputed row: everything the dashboard needs of one entity. */
export interface DashboardEntity {
  entityRef: string;
  owner?: string;
  system?: string;
  criticality: DashboardCriticality;
  coverage: CoverageState;
  telemetryOk: boolean;
  activeSloId?: string;
  budgets: BudgetFigure[];
  /** By the tier of the SLOs the windows belong to. */
  breaches: TierTallies;
}

export type DecisionAction = 'accept' | 'modify' | 'reject' | 'auto_approve';

/** Decisions of one entity on one UTC day with one action and tier. */
export interface DecisionTally {
  entityRef: string;
  /** `YYYY-MM-DD`. */
  day: string;
  action: DecisionAction;
  tier: DashboardDecisionTier;
  decisions: number;
}

/** One completed availability window of an SLO, judged once. */
export interface JudgedWindow {
  sloId: string;
  index: number;
  entityRef: string;
  /** `none` only for an SLO that recorded no tier. */
  tier: DashboardDecisionTier;
  start: Date;
  end: Date;
  good: number;
  total: number;
  /** Percent, e.g. 99.9. */
  target: number;
  /** Undefined when the window had no traffic. */
  breached?: boolean;
  computedAt: Date;
}

/** Filters of every dashboard endpoint: full, lower-case refs. */
export interface DashboardFilter {
  owner?: string;
  system?: string;
}

/** Decisions summed over the filtered entities, per owner, action and tier. */
export interface DecisionSum {
  owner?: string;
  action: DecisionAction;
  tier: DashboardDecisionTier;
  decisions: number;
}
