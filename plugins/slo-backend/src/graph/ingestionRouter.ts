import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  sloGraphIngestPermission,
  sloReadPermission,
} from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { authorizeRequest } from '../permissions/authorize';
import { IngestionService } from './IngestionService';
import { GraphStore } from './GraphStore';
import { parseOrThrow } from './parseQueries';

const MAX_BODY = '10mb';

/** 413 whose message says what the limit is, instead of express' default. */
class PayloadTooLargeError extends Error {
  readonly name = 'PayloadTooLargeError';
  readonly statusCode = 413;
}

const parseBody: express.RequestHandler = (req, res, next) =>
  express.json({ limit: MAX_BODY })(req, res, err => {
    if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
      next(
        new PayloadTooLargeError(
          `The request body exceeds the ${MAX_BODY.replace(
            'mb',
            ' MB',
          )} limit of ` +
            'POST /services/dependencies; split the graph into several ingestions',
        ),
      );
      return;
    }
    next(err);
  });

/** `POST /services/dependencies` (bulk upsert) and `GET /ingestions/{id}`. */
export function createIngestionRouter(options: {
  store: GraphStore;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}): express.Router {
  const { store } = options;
  const ingestion = new IngestionService(store);
  const router = Router();

  router.post('/services/dependencies', parseBody, async (req, res) => {
    const credentials = await authorizeRequest(
      options,
      req,
      sloGraphIngestPermission,
    );
    const actor =
      credentials.principal.type === 'user'
        ? credentials.principal.userEntityRef
        : `service:${credentials.principal.subject}`;
    res.status(202).json(await ingestion.ingest(req.body, actor));
  });

  router.get('/ingestions/:id', async (req, res) => {
    await authorizeRequest(options, req, sloReadPermission);
    const { id } = parseOrThrow(
      z.object({ id: z.string().uuid('must be an ingestion id') }),
      req.params,
      'ingestion id',
    );
    res.json(await store.getIngestion(id));
  });

  return router;
}
