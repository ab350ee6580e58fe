import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  sloCycleAcknowledgePermission,
  sloReadPermission,
} from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { authorizeRequest } from '../permissions/authorize';
import { GraphStore } from './GraphStore';
import { cyclesQuerySchema, parseOrThrow } from './parseQueries';

/** `GET /cycles` and `POST /cycles/{id}/acknowledge`. */
export function createCyclesRouter(options: {
  store: GraphStore;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}): express.Router {
  const { store } = options;
  const router = Router();

  router.get('/cycles', async (req, res) => {
    await authorizeRequest(options, req, sloReadPermission);
    const { status } = parseOrThrow(cyclesQuerySchema, req.query, 'query');
    res.json({ items: await store.listCycles(status) });
  });

  router.post('/cycles/:id/acknowledge', async (req, res) => {
    const credentials = await authorizeRequest(
      options,
      req,
      sloCycleAcknowledgePermission,
      ['user'],
    );
    const { id } = parseOrThrow(
      z.object({ id: z.string().uuid('must be a cycle alert id') }),
      req.params,
      'cycle id',
    );
    const { note } = parseOrThrow(
      z.object({ note: z.string().max(2000).optional() }).strict(),
      req.body ?? {},
      'body',
    );
    res.json(
      await store.acknowledgeCycle(
        id,
        credentials.principal.userEntityRef,
        note,
      ),
    );
  });

  return router;
}
