import type { BudgetStatus } from '@slo-engine/plugin-slo-common';
import type { SliKey } from '../alerts/specs/types';

/** Events of one window; `bad` may come from a difference of two queries. */
export interface WindowCounts {
  total: number;
  bad: number;
}

/** Burn rates of one alert window pair; undefined without samples. */
export interface PairBurnRate {
  long: string;
  short: string;
  longRate?: number;
  shortRate?: number;
  /** Events in each window: with the SLO window's, the dynamic threshold. */
  longEvents?: number;
  shortEvents?: number;
  factor: number;
  severity: 'page' | 'ticket';
}

/** The error budget of one SLI at one instant; counts undefined without data. */
export interface ErrorBudgetSnapshot {
  entityRef: string;
  sloId: string;
  owner?: string;
  system?: string;
  sli: SliKey;
  objective: number;
  windowDays: number;
  totalEvents?: number;
  allowedEvents?: number;
  consumedEvents?: number;
  remainingEvents?: number;
  allowedMinutes: number;
  consumedMinutes?: number;
  remainingMinutes?: number;
  consumedShare?: number;
  burnRates: PairBurnRate[];
  projectionBurnRate?: number;
  exhaustsAt?: Date;
  status: BudgetStatus | 'no_data';
  note?: string;
  computedAt: Date;
}

/** One hour of one SLI in `slo_error_budget_history`. */
export interface BudgetHour {
  entityRef: string;
  sli: SliKey;
  sloId: string;
  /** Start of the UTC hour. */
  hourStart: Date;
  /** Rolling consumed share, as last computed during this hour. */
  consumedShare?: number;
  /** Events and bad events within the hour, once it is over. */
  hourTotalEvents?: number;
  hourBadEvents?: number;
}
