import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  sloGraphSourceExtensionPoint,
  sloMetricSourceExtensionPoint,
} from '@slo-engine/plugin-slo-node';
import { readPrometheusConfig } from './config/readPrometheusConfig';
import { readSchedules } from './config/readSchedules';
import { readRateLimitConfig } from './rateLimit/readRateLimitConfig';
import { CatalogSyncTask } from './graph/CatalogSyncTask';
import { GraphStore } from './graph/GraphStore';
import { ServiceGraphDiscoveryTask } from './graph/ServiceGraphDiscoveryTask';
import { readServiceGraphConfig } from './config/readServiceGraphConfig';
import { readAggregationConfig } from './config/readAggregationConfig';
import { AggregationTask } from './aggregation/AggregationTask';
import { SliAggregateStore } from './aggregation/SliAggregateStore';
import { RecommendationRefreshTask } from './recommendations/RecommendationRefreshTask';
import { RecommendationService } from './recommendations/RecommendationService';
import { RecommendationStore } from './recommendations/RecommendationStore';
import { readTelemetryConfig } from './telemetry/readTelemetryConfig';
import { ReadinessChecker } from './health/ReadinessChecker';
import { TelemetryHealth } from './health/TelemetryHealth';
import { PrometheusClient } from './prometheus/PrometheusClient';
import { registerSloPermissions } from './permissions/registerSloPermissions';
import { createRouter } from './router';
import { SloStore } from './lifecycle/SloStore';
import { AutoApprovalRuleStore } from './autoApproval/AutoApprovalRuleStore';
import { createAutoApprover } from './autoApproval/createAutoApprover';
import { ImpactAnalysisService } from './impact/ImpactAnalysisService';
import { ObservedAvailabilityReader } from './impact/ObservedAvailabilityReader';
import { activeAvailabilityTargets } from './impact/activeAvailabilityTargets';
import { SourceRegistry } from './sources/SourceRegistry';
import { createSlaServices } from './sla/createSlaServices';
import { wireAlerting } from './alerts/wireAlerting';
import { wireErrorBudgets } from './budgets/wireErrorBudgets';
import { wireDriftDetection } from './drift/wireDriftDetection';
import { wireDashboard } from './dashboard/wireDashboard';
import { SloNotifier } from './notifications/SloNotifier';

/**
 * The SLO Recommendation Engine backend plugin, mounted at `/api/slo`.
 * @public
 */
export const sloPlugin = createBackendPlugin({
  pluginId: 'slo',
  register(env) {
    const sources = new SourceRegistry();
    env.registerExtensionPoint(sloMetricSourceExtensionPoint, sources);
    env.registerExtensionPoint(sloGraphSourceExtensionPoint, sources);

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const { config, logger, database, scheduler, httpRouter } = deps;
        sources.lock();
        registerSloPermissions(deps);

        const prometheusConfig = readPrometheusConfig(config);
        if (!prometheusConfig) {
          logger.warn('slo.prometheus is not configured: readiness will fail');
        }
        const prometheus =
          prometheusConfig &&
          PrometheusClient.create({ config: prometheusConfig, logger });

        const graphStore = await GraphStore.create({ database });
        const db = await database.getClient();
        const schedules = readSchedules(config);

        const catalogSync = CatalogSyncTask.create({
          catalog: deps.catalog,
          auth: deps.auth,
          store: graphStore,
          logger,
        });
        await scheduler.scheduleTask({
          id: CatalogSyncTask.id,
          ...schedules.catalogSync,
          fn: () => catalogSync.run().then(() => undefined),
        });
        const aggregateStore = await SliAggregateStore.create({ database });
        const aggregationConfig = readAggregationConfig(config);
        const slos = await SloStore.create({ database });
        const autoApprovalRules = await AutoApprovalRuleStore.create({
          database,
        });
        const autoApprover = createAutoApprover({
          rules: autoApprovalRules,
          slos,
          catalog: deps.catalog,
          auth: deps.auth,
          notifications: deps.notifications,
          logger,
        });
        const telemetry = TelemetryHealth.create({
          config,
          db,
          prometheus,
          aggregationSchedule: schedules.aggregation,
          logger,
        });
        const recommendations = new RecommendationService({
          store: await RecommendationStore.create({ database }),
          graph: graphStore,
          aggregates: aggregateStore,
          logger,
          telemetry,
          onGenerated: body => autoApprover.onGenerated(body),
        });
        const dashboard = await wireDashboard({
          database,
          catalog: deps.catalog,
          auth: deps.auth,
          graph: graphStore,
          aggregates: aggregateStore,
          slos,
          logger,
          lateDataMs: aggregationConfig.refreshWindowMs,
          scheduler,
          schedule: schedules.dashboardRefresh,
        });
        const refresh = new RecommendationRefreshTask({
          graph: graphStore,
          recommendations,
          logger,
        });
        await scheduler.scheduleTask({
          id: RecommendationRefreshTask.id,
          ...schedules.recommendationRefresh,
          // New recommendations and auto-approvals change the coverage.
          fn: async () => {
            await refresh.run();
            void dashboard.refreshSoon();
          },
        });
        if (prometheus) {
          const aggregation = new AggregationTask({
            catalog: deps.catalog,
            auth: deps.auth,
            prometheus,
            store: aggregateStore,
            mapping: readTelemetryConfig(config),
            config: aggregationConfig,
            logger,
            onSliMoved: (ref, reason) => recommendations.markStale(ref, reason),
            onRunFinished: outcome => telemetry.recordAggregationRun(outcome),
          });
          await scheduler.scheduleTask({
            id: AggregationTask.id,
            ...schedules.aggregation,
            fn: () => aggregation.run().then(() => undefined),
          });
          const discovery = new ServiceGraphDiscoveryTask(
            prometheus,
            graphStore,
            readServiceGraphConfig(config),
            logger,
          );
          await scheduler.scheduleTask({
            id: ServiceGraphDiscoveryTask.id,
            ...schedules.serviceGraphDiscovery,
            fn: () => discovery.run().then(() => undefined),
          });
        }

        const { alertSpecs, onSloChanged, alertReplay } = await wireAlerting({
          config,
          slos,
          graph: graphStore,
          catalog: deps.catalog,
          auth: deps.auth,
          prometheus,
          scheduler,
          schedule: schedules.alertRuleSync,
          logger,
        });
        const budgets = await wireErrorBudgets({
          config,
          database,
          specs: alertSpecs,
          prometheus,
          scheduler,
          schedule: schedules.errorBudgets,
          logger,
        });
        const driftStore = await wireDriftDetection({
          config,
          database,
          catalog: deps.catalog,
          auth: deps.auth,
          prometheus,
          graph: graphStore,
          recommendations,
          slos,
          notifier: new SloNotifier(deps.notifications, logger),
          scheduler,
          schedule: schedules.driftDetection,
          logger,
        });

        const sla = await createSlaServices({
          database,
          catalog: deps.catalog,
          auth: deps.auth,
          graph: graphStore,
          slos,
          dailyRetentionMs: aggregationConfig.dailyRetentionMs,
        });

        const observedAvailability = await ObservedAvailabilityReader.create({
          database,
        });
        httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            readiness: new ReadinessChecker(
              db,
              prometheus,
              sources.getMetricSources(),
              telemetry,
            ),
            graphStore,
            recommendations,
            slos,
            autoApprovalRules,
            impact: new ImpactAnalysisService({
              graph: graphStore,
              aggregates: aggregateStore,
              observed: observedAvailability,
              activeTargets: activeAvailabilityTargets(slos),
            }),
            alertSpecs,
            alertReplay,
            onSloChanged,
            onDecisionRecorded: () => void dashboard.refreshSoon(),
            rateLimits: readRateLimitConfig(config),
            sla,
            budgets,
            dashboard: { store: dashboard.store, drift: driftStore },
            observedAvailability,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
