import express, { Request } from 'express';
import Router from 'express-promise-router';
import { entityRefFromPath, parseOrThrow } from '../graph/parseQueries';
import type { ErrorBudgetService } from './ErrorBudgetService';
import type { ErrorBudgetStore } from './ErrorBudgetStore';
import {
  burnDownQuerySchema,
  entityBudgetQuerySchema,
  fleetBudgetQuerySchema,
} from './budgetQuerySchemas';
import { toFleetResponse } from './toFleetResponse';

export interface BudgetsRouterOptions {
  service: Pick<ErrorBudgetService, 'forEntity' | 'burnDown' | 'thresholds'>;
  store: Pick<ErrorBudgetStore, 'listFleet' | 'fleetCounts'>;
  /** Throws (401/403) unless the caller may read SLOs. */
  authorizeRead: (req: Request) => Promise<void>;
}

const entityRefOf = (req: Request) => entityRefFromPath(req.params);

/**
 * Error budgets: live per entity, its burn-down from the hourly history,
 * and the fleet from the snapshots of the scheduled job.
 */
export function createBudgetsRouter(
  options: BudgetsRouterOptions,
): express.Router {
  const { service, store } = options;
  const router = Router();

  router.get(
    '/services/:kind/:namespace/:name/slos/error-budget',
    async (req, res) => {
      const entityRef = entityRefOf(req);
      await options.authorizeRead(req);
      parseOrThrow(entityBudgetQuerySchema, req.query, 'query');
      res.json(await service.forEntity(entityRef));
    },
  );

  router.get(
    '/services/:kind/:namespace/:name/slos/error-budget/burn-down',
    async (req, res) => {
      const entityRef = entityRefOf(req);
      await options.authorizeRead(req);
      const q = parseOrThrow(burnDownQuerySchema, req.query, 'query');
      res.json(await service.burnDown(entityRef, q));
    },
  );

  router.get('/error-budgets', async (req, res) => {
    await options.authorizeRead(req);
    const q = parseOrThrow(fleetBudgetQuerySchema, req.query, 'query');
    const filter = {
      owner: q.owner ?? q.team,
      system: q.system,
      sli: q.sli,
    };
    const [items, counts] = await Promise.all([
      store.listFleet({
        ...filter,
        statuses: q.status,
        order: q.order,
        limit: q.limit,
      }),
      store.fleetCounts(filter),
    ]);
    res.json(toFleetResponse(items, counts, service.thresholds));
  });

  return router;
}
