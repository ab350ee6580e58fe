import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { createServicesRouter } from './graph/servicesRouter';
import { GraphNodeStore } from './graph/GraphNodeStore';
import { createHealthRouter } from './health/healthRouter';
import { ReadinessChecker } from './health/ReadinessChecker';

/** Mounts one router per resource under the plugin's base path. */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  readiness: ReadinessChecker;
  nodeStore: GraphNodeStore;
}): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '5mb' }));
  router.use(createHealthRouter({ readiness: options.readiness }));
  router.use(
    createServicesRouter({
      store: options.nodeStore,
      httpAuth: options.httpAuth,
      permissions: options.permissions,
    }),
  );
  return router;
}
