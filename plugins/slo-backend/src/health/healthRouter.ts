import { LivenessReport } from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { ReadinessChecker } from './ReadinessChecker';

/**
 * `GET /health` (the process is up) and `GET /health/ready` (it can reach
 * its database and Prometheus; 503 with the failing check otherwise).
 * Both are open to unauthenticated callers so orchestrators can probe them.
 */
export function createHealthRouter(options: {
  readiness: ReadinessChecker;
}): express.Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    const body: LivenessReport = { status: 'ok' };
    res.json(body);
  });

  router.get('/health/ready', async (_req, res) => {
    const report = await options.readiness.check();
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });

  return router;
}
