import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { createCyclesRouter } from './graph/cyclesRouter';
import { GraphStore } from './graph/GraphStore';
import { createIngestionRouter } from './graph/ingestionRouter';
import { createServicesRouter } from './graph/servicesRouter';
import { createHealthRouter } from './health/healthRouter';
import { ReadinessChecker } from './health/ReadinessChecker';
import { createRecommendationsRouter } from './recommendations/recommendationsRouter';
import { RecommendationService } from './recommendations/RecommendationService';
import { createAutoApprovalRouter } from './autoApproval/autoApprovalRouter';
import { AutoApprovalRuleStore } from './autoApproval/AutoApprovalRuleStore';
import { createSlosRouter } from './lifecycle/slosRouter';
import { SloStore } from './lifecycle/SloStore';
import {
  authorizeEntityDecision,
  authorizeRequest,
} from './permissions/authorize';
import {
  sloImpactAnalysisPermission,
  sloReadPermission,
} from '@slo-engine/plugin-slo-common';
import { createImpactRouter } from './impact/impactRouter';
import { ImpactAnalysisService } from './impact/ImpactAnalysisService';
import type { ObservedAvailabilityReader } from './impact/ObservedAvailabilityReader';
import { createAlertsRouter } from './alerts/alertsRouter';
import type { AlertSpecSource } from './alerts/specs/types';
import type { AlertReplayService } from './alerts/replay/AlertReplayService';
import { createSlaRouter } from './sla/slaRouter';
import { createBudgetsRouter } from './budgets/budgetsRouter';
import {
  createDashboardRouter,
  DashboardRouterOptions,
} from './dashboard/dashboardRouter';
import type { ErrorBudgetService } from './budgets/ErrorBudgetService';
import type { ErrorBudgetStore } from './budgets/ErrorBudgetStore';
import { addRateLimits } from './rateLimit/rateLimitRoutes';
import type { RateLimitConfig } from './rateLimit/readRateLimitConfig';
import type { SlaReportService } from './sla/SlaReportService';
import type { SlaTargetService } from './sla/SlaTargetService';

/** Mounts one router per resource under the plugin's base path. */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  readiness: ReadinessChecker;
  graphStore: GraphStore;
  recommendations?: RecommendationService;
  /** Absent in tests that only exercise other routes. */
  slos?: SloStore;
  autoApprovalRules?: AutoApprovalRuleStore;
  impact?: ImpactAnalysisService;
  alertSpecs?: AlertSpecSource;
  alertReplay?: AlertReplayService;
  sla?: { targets: SlaTargetService; reports: SlaReportService };
  budgets?: { service: ErrorBudgetService; store: ErrorBudgetStore };
  dashboard?: Pick<DashboardRouterOptions, 'store' | 'drift'>;
  /** Observed availability of dependency graph nodes. */
  observedAvailability?: Pick<ObservedAvailabilityReader, 'read'>;
  /** After an entity's active SLO changed, e.g. to resync alert rules. */
  onSloChanged?: (entityRef: string) => void;
  /** After any decision, rejections too, e.g. to refresh the dashboard. */
  onDecisionRecorded?: () => void;
  /** Per-caller limits of the expensive routes; none when absent. */
  rateLimits?: RateLimitConfig;
}): Promise<express.Router> {
  const router = Router();
  const deps = {
    store: options.graphStore,
    httpAuth: options.httpAuth,
    permissions: options.permissions,
  };
  router.use(createHealthRouter({ readiness: options.readiness }));
  if (options.rateLimits) {
    addRateLimits(router, {
      config: options.rateLimits,
      httpAuth: options.httpAuth,
    });
  }
  // Before the global JSON parser: ingestion accepts bodies up to 10 MB.
  router.use(createIngestionRouter(deps));
  router.use(express.json({ limit: '1mb' }));
  router.use(
    createServicesRouter({ ...deps, observed: options.observedAvailability }),
  );
  router.use(createCyclesRouter(deps));
  router.use(
    createRecommendationsRouter({
      ...deps,
      recommendations: options.recommendations,
    }),
  );
  if (options.slos) {
    router.use(
      createSlosRouter({
        store: options.slos,
        authorizeDecision: (req, entityRef) =>
          authorizeEntityDecision(deps, req, entityRef),
        authorizeRead: req =>
          authorizeRequest(deps, req, sloReadPermission).then(() => undefined),
        // The decided recommendation is no longer served; the entity's other
        // cached ones are regenerated against the new SLO.
        onDecided: (entityRef, action) => {
          if (action !== 'reject') options.onSloChanged?.(entityRef);
          options.onDecisionRecorded?.();
          return (
            options.recommendations?.markStale(
              entityRef,
              'an SLO decision was made',
            ) ?? Promise.resolve()
          );
        },
      }),
    );
  }
  if (options.autoApprovalRules) {
    router.use(
      createAutoApprovalRouter({ ...deps, rules: options.autoApprovalRules }),
    );
  }
  if (options.impact) {
    router.use(
      createImpactRouter({
        service: options.impact,
        authorize: req =>
          authorizeRequest(deps, req, sloImpactAnalysisPermission).then(
            () => undefined,
          ),
      }),
    );
  }
  if (options.alertSpecs) {
    router.use(
      createAlertsRouter({
        specs: options.alertSpecs,
        replay: options.alertReplay,
        authorizeRead: req =>
          authorizeRequest(deps, req, sloReadPermission).then(() => undefined),
      }),
    );
  }
  if (options.sla) {
    router.use(
      createSlaRouter({
        ...options.sla,
        authorizeDecision: (req, entityRef) =>
          authorizeEntityDecision(deps, req, entityRef),
        authorizeRead: req =>
          authorizeRequest(deps, req, sloReadPermission).then(() => undefined),
      }),
    );
  }
  if (options.dashboard) {
    router.use(
      createDashboardRouter({
        ...options.dashboard,
        authorizeRead: req =>
          authorizeRequest(deps, req, sloReadPermission).then(() => undefined),
      }),
    );
  }
  if (options.budgets) {
    router.use(
      createBudgetsRouter({
        ...options.budgets,
        authorizeRead: req =>
          authorizeRequest(deps, req, sloReadPermission).then(() => undefined),
      }),
    );
  }
  return router;
}
