import { createApiRef } from '@backstage/core-plugin-api';
import {
  ActivationResponse,
  AlertExportFormat,
  AlertOverviewResponse,
  AlertReplayResponse,
  AutoApprovalRule,
  AutoApprovalRuleInput,
  CycleAlert,
  DashboardBudgetHealthResponse,
  DashboardCoverageResponse,
  DashboardDriftResponse,
  DashboardRecommendationQualityResponse,
  DependencySubgraph,
  EntityPathParams,
  ErrorBudgetBurnDownResponse,
  ErrorBudgetResponse,
  ImpactAnalysisRequest,
  ImpactAnalysisResponse,
  ReadinessReport,
  RejectionResponse,
  ServiceSummary,
  SlaEntityReport,
  SlaTargetState,
  SliTypeQuery,
  SloBody,
  SloDecision,
  SloHistoryResponse,
  SloRecommendationResponse,
} from '@slo-engine/plugin-slo-common';

/** Filters of the organisation-wide views. @public */
export interface SloFleetFilter {
  /** Group ref or bare group name. */
  owner?: string;
  /** System ref or bare system name. */
  system?: string;
}

/** An exported rule file. @public */
export interface AlertRulesFile {
  format: AlertExportFormat;
  /** YAML (or the format's text). */
  text: string;
  /** Suggested file name from the backend. */
  fileName: string;
}

/**
 * Client for the SLO backend (`/api/slo`). Methods reject with a
 * `ResponseError` (from `@backstage/errors`) carrying the backend's error,
 * e.g. 403 `NotAllowedError` or 409 `ConflictError`.
 *
 * @public
 */
export interface SloApi {
  /**
   * Readiness of the SLO engine and of each dependency it needs (database,
   * Prometheus, metric sources). Resolves for a failing check too: the
   * report then has `status: 'error'` and the failing check's message.
   */
  getReadiness(): Promise<ReadinessReport>;

  /**
   * What the SLO engine knows about one catalog entity, or `undefined` when
   * the engine does not know the entity (yet).
   */
  getService(ref: EntityPathParams): Promise<ServiceSummary | undefined>;

  /** The three tiers with their explanation (FR-2). */
  getRecommendation(
    ref: EntityPathParams,
    options?: {
      sliType?: SliTypeQuery;
      lookbackDays?: number;
      forceRegenerate?: boolean;
    },
  ): Promise<SloRecommendationResponse>;

  /** The entity's dependency subgraph. */
  getDependencies(
    ref: EntityPathParams,
    options?: {
      direction?: 'upstream' | 'downstream' | 'both';
      depth?: number;
      includeExternal?: boolean;
    },
  ): Promise<DependencySubgraph>;

  /** Open (or all) dependency cycles. */
  getCycles(options?: {
    status?: 'open' | 'acknowledged' | 'resolved';
  }): Promise<CycleAlert[]>;

  /** The active SLO, or `undefined` when the entity has none. */
  getActiveSlo(ref: EntityPathParams): Promise<SloBody | undefined>;

  /** Accept, modify or reject a recommendation. */
  decide(
    ref: EntityPathParams,
    decision: SloDecision,
  ): Promise<ActivationResponse | RejectionResponse>;

  /** The audit trail, newest first. */
  getHistory(
    ref: EntityPathParams,
    options?: { cursor?: string; limit?: number },
  ): Promise<SloHistoryResponse>;

  /** What a proposed target means for the entity's upstream services. */
  analyseImpact(
    request: ImpactAnalysisRequest,
  ): Promise<ImpactAnalysisResponse>;

  /** Live error budget of the active SLO, or `undefined` without one. */
  getErrorBudget(
    ref: EntityPathParams,
  ): Promise<ErrorBudgetResponse | undefined>;

  /** Hourly burn-down of the active SLO's window. */
  getBurnDown(ref: EntityPathParams): Promise<ErrorBudgetBurnDownResponse>;

  /** SLA target (annotation or API) and its change history. */
  getSla(ref: EntityPathParams): Promise<SlaTargetState>;

  /** Monthly SLA compliance, or `undefined` without an SLA target. */
  getSlaReport(
    ref: EntityPathParams,
    options?: { months?: number },
  ): Promise<SlaEntityReport | undefined>;

  /** Burn-rate window pairs, static and dynamic thresholds. */
  getAlertOverview(ref: EntityPathParams): Promise<AlertOverviewResponse>;

  /** When each pair would have fired over the last days. */
  getAlertReplay(
    ref: EntityPathParams,
    options?: { lookbackDays?: number },
  ): Promise<AlertReplayResponse>;

  /** The rules of the active SLO in one export format. */
  getAlertRules(
    ref: EntityPathParams,
    format: AlertExportFormat,
  ): Promise<AlertRulesFile>;

  getCoverage(filter?: SloFleetFilter): Promise<DashboardCoverageResponse>;
  getBudgetHealth(
    filter?: SloFleetFilter & { limit?: number },
  ): Promise<DashboardBudgetHealthResponse>;
  getRecommendationQuality(
    filter?: SloFleetFilter & { since?: string },
  ): Promise<DashboardRecommendationQualityResponse>;
  getRecentDrift(
    filter?: SloFleetFilter & { days?: number; limit?: number },
  ): Promise<DashboardDriftResponse>;

  listAutoApprovalRules(): Promise<AutoApprovalRule[]>;
  createAutoApprovalRule(
    rule: AutoApprovalRuleInput,
  ): Promise<AutoApprovalRule>;
  updateAutoApprovalRule(
    id: string,
    rule: AutoApprovalRuleInput,
  ): Promise<AutoApprovalRule>;
  deleteAutoApprovalRule(id: string): Promise<void>;
}

/**
 * Reference to the {@link SloApi}.
 *
 * @public
 */
export const sloApiRef = createApiRef<SloApi>({
  id: 'plugin.slo.service',
});
