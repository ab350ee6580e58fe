import { InputError, NotFoundError } from '@backstage/errors';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { entityRefFromPath, parseOrThrow } from '../graph/parseQueries';
import { sloDecisionSchema } from '@slo-engine/plugin-slo-common';
import { servicePath } from './recommendationGuard';
import { toSloBody } from './rows';
import { SloStore } from './SloStore';
import { toDecisionResponse, toHistoryResponse } from './responses';

export const sloHistoryQuerySchema = z
  .object({
    cursor: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export interface SlosRouterOptions {
  store: SloStore;
  /**
   * Throws (401/403) unless the caller may decide on the entity's SLO;
   * returns the signed-in user, who becomes the decision's actor.
   */
  authorizeDecision: (
    req: Request,
    entityRef: string,
  ) => Promise<{ userEntityRef: string }>;
  /** Throws (401/403) unless the caller may read SLOs and their history. */
  authorizeRead: (req: Request) => Promise<void>;
  /** Called after a decision committed, e.g. to drop cached recommendations. */
  onDecided?: (entityRef: string, action: string) => Promise<unknown>;
}

const entityRefOf = (req: Request) => entityRefFromPath(req.params);

/**
 * The SLO lifecycle (FR-5): decide on a recommendation, read the active SLO
 * and the audit trail of an entity.
 */
export function createSlosRouter(options: SlosRouterOptions): express.Router {
  const { store } = options;
  const router = Router();
  // A no-op when the plugin router already parsed the body.
  router.use(express.json({ limit: '64kb' }));

  router.post('/services/:kind/:namespace/:name/slos', async (req, res) => {
    const entityRef = entityRefOf(req);
    const { userEntityRef } = await options.authorizeDecision(req, entityRef);
    if (req.body && typeof req.body === 'object' && 'actor' in req.body) {
      throw new InputError(
        'Invalid body: actor: remove it, the actor is the signed-in user',
      );
    }
    const decision = parseOrThrow(sloDecisionSchema, req.body, 'body');
    const outcome = await store.decide({
      entityRef,
      actor: userEntityRef,
      decision,
    });
    await options.onDecided?.(entityRef, decision.action);
    res
      .status(decision.action === 'reject' ? 200 : 201)
      .json(toDecisionResponse(outcome));
  });

  router.get('/services/:kind/:namespace/:name/slos', async (req, res) => {
    const entityRef = entityRefOf(req);
    await options.authorizeRead(req);
    const slo = await store.activeSlo(entityRef);
    if (!slo) {
      const base = servicePath(entityRef);
      throw new NotFoundError(
        `${entityRef} has no active SLO; accept or modify a recommendation from ` +
          `GET ${base}/slo-recommendations with POST ${base}/slos, ` +
          `and see earlier decisions with GET ${base}/slo-history`,
      );
    }
    res.json(toSloBody(slo));
  });

  router.get(
    '/services/:kind/:namespace/:name/slo-history',
    async (req, res) => {
      const entityRef = entityRefOf(req);
      await options.authorizeRead(req);
      const q = parseOrThrow(sloHistoryQuerySchema, req.query, 'query');
      res.json(toHistoryResponse(await store.history(entityRef, q)));
    },
  );

  return router;
}
