import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { sloReadPermission } from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { GraphStore } from '../graph/GraphStore';
import { entityRefFromPath, parseOrThrow } from '../graph/parseQueries';
import { authorizeRequest } from '../permissions/authorize';
import { RecommendationService } from './RecommendationService';

export const recommendationsQuerySchema = z
  .object({
    sli_type: z.enum(['availability', 'latency', 'all']).default('all'),
    lookback_days: z.coerce.number().int().min(7).max(365).default(30),
    force_regenerate: z
      .enum(['true', 'false'])
      .default('false')
      .transform(v => v === 'true'),
  })
  .strict();

const DEFAULT_QUERY = recommendationsQuerySchema.parse({});

/** `GET /services/{kind}/{namespace}/{name}/slo-recommendations` (FR-2). */
export function createRecommendationsRouter(options: {
  store: GraphStore;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Absent when the plugin could not set recommendations up: 503. */
  recommendations?: RecommendationService;
}): express.Router {
  const { store, recommendations } = options;
  const router = Router();

  router.get(
    '/services/:kind/:namespace/:name/slo-recommendations',
    async (req, res) => {
      await authorizeRequest(options, req, sloReadPermission);
      const entityRef = entityRefFromPath(req.params);
      // Most requests have no query string: their defaults are parsed once.
      const q =
        Object.keys(req.query).length === 0
          ? DEFAULT_QUERY
          : parseOrThrow(recommendationsQuerySchema, req.query, 'query');
      // The service answers from its in-memory graph model when it can.
      const known = recommendations
        ? await recommendations.isKnown(entityRef)
        : Boolean(await store.getNode(entityRef));
      if (!known) {
        throw new NotFoundError(
          `${entityRef} is not known to the SLO engine: only catalog components and resources ` +
            'and services named in dependency data are; the catalog is read every 15 minutes by default',
        );
      }
      if (!recommendations) {
        throw new ServiceUnavailableError(
          'SLO recommendations are not configured on this backend',
        );
      }
      const { json, etag } = await recommendations.getJson(entityRef, {
        sliType: q.sli_type,
        lookbackDays: q.lookback_days,
        forceRegenerate: q.force_regenerate,
      });
      // Bodies served from memory are serialised once; an ETag set here
      // spares Express hashing every response (and still answers 304).
      res.set('Content-Type', 'application/json; charset=utf-8');
      if (etag) res.set('ETag', etag);
      res.send(json);
    },
  );

  return router;
}
