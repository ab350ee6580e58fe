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

/** Mounts one router per resource under the plugin's base path. */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  readiness: ReadinessChecker;
  graphStore: GraphStore;
  recommendations?: RecommendationService;
}): Promise<express.Router> {
  const router = Router();
  const deps = {
    store: options.graphStore,
    httpAuth: options.httpAuth,
    permissions: options.permissions,
  };
  router.use(createHealthRouter({ readiness: options.readiness }));
  // Before the global JSON parser: ingestion accepts bodies up to 10 MB.
  router.use(createIngestionRouter(deps));
  router.use(express.json({ limit: '1mb' }));
  router.use(createServicesRouter(deps));
  router.use(createCyclesRouter(deps));
  router.use(
    createRecommendationsRouter({
      ...deps,
      recommendations: options.recommendations,
    }),
  );
  return router;
}
