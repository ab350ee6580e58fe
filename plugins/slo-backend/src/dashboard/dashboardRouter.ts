import express, { Request } from 'express';
import Router from 'express-promise-router';
import { parseOrThrow } from '../graph/parseQueries';
import { DAY_MS } from './breachWindows';
import {
  budgetHealthQuerySchema,
  coverageQuerySchema,
  driftQuerySchema,
  recommendationQualityQuerySchema,
} from './dashboardQuerySchemas';
import type { DashboardStore } from './DashboardStore';
import { toBudgetHealth } from './toBudgetHealth';
import { toCoverage } from './toCoverage';
import {
  DRIFT_COUNT_CAP,
  DriftEventSource,
  toDriftSummary,
} from './toDriftSummary';
import { toRecommendationQuality } from './toRecommendationQuality';

export interface DashboardRouterOptions {
  store: Pick<DashboardStore, 'listEntities' | 'sumDecisions' | 'computedAt'>;
  drift: DriftEventSource;
  /** Throws (401/403) unless the caller may read SLOs. */
  authorizeRead: (req: Request) => Promise<void>;
  /** For tests; defaults to the wall clock. */
  clock?: () => Date;
}

/**
 * The organisation-wide dashboard (FR-12). Every route but drift reads the
 * rows `DashboardRefreshTask` precomputed, filtered by owner and system.
 */
export function createDashboardRouter(
  options: DashboardRouterOptions,
): express.Router {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const router = Router();

  router.get('/dashboard/coverage', async (req, res) => {
    await options.authorizeRead(req);
    const filter = parseOrThrow(coverageQuerySchema, req.query, 'query');
    const [entities, computedAt] = await Promise.all([
      store.listEntities(filter),
      store.computedAt(),
    ]);
    res.json(toCoverage(entities, computedAt));
  });

  router.get('/dashboard/error-budget-health', async (req, res) => {
    await options.authorizeRead(req);
    const { limit, ...filter } = parseOrThrow(
      budgetHealthQuerySchema,
      req.query,
      'query',
    );
    const [entities, computedAt] = await Promise.all([
      store.listEntities(filter),
      store.computedAt(),
    ]);
    res.json(toBudgetHealth(entities, computedAt, limit));
  });

  router.get('/dashboard/recommendation-quality', async (req, res) => {
    await options.authorizeRead(req);
    const { since, ...filter } = parseOrThrow(
      recommendationQualityQuerySchema,
      req.query,
      'query',
    );
    const [sums, entities, computedAt] = await Promise.all([
      store.sumDecisions({ ...filter, since }),
      store.listEntities(filter),
      store.computedAt(),
    ]);
    res.json(toRecommendationQuality(sums, entities, computedAt, since));
  });

  router.get('/dashboard/drift', async (req, res) => {
    await options.authorizeRead(req);
    const { days, limit, ...filter } = parseOrThrow(
      driftQuerySchema,
      req.query,
      'query',
    );
    const now = clock();
    const since = new Date(now.getTime() - days * DAY_MS);
    // One more than the cap tells whether the counts are complete.
    const events = await options.drift.listEvents({
      ...filter,
      since,
      limit: DRIFT_COUNT_CAP + 1,
    });
    res.json(toDriftSummary(events, { limit, since, now }));
  });

  return router;
}
