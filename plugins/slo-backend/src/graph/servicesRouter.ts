import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  entityPathParamsSchema,
  ServiceSummary,
  sloReadPermission,
  toEntityRef,
} from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { authorize } from '../permissions/authorize';
import { GraphNodeStore } from './GraphNodeStore';

/** `GET /services/{kind}/{namespace}/{name}`: what the engine knows of one entity. */
export function createServicesRouter(options: {
  store: GraphNodeStore;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}): express.Router {
  const { store, httpAuth, permissions } = options;
  const router = Router();

  router.get('/services/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await authorize(permissions, sloReadPermission, credentials);
    const params = entityPathParamsSchema.safeParse(req.params);
    if (!params.success) {
      throw new InputError(
        params.error.issues.map(i => `${i.path}: ${i.message}`).join('; '),
      );
    }
    const entityRef = toEntityRef(params.data);
    const node = await store.getNode(entityRef);
    if (!node) {
      throw new NotFoundError(
        `${entityRef} is not known to the SLO engine: only catalog components and resources are, ` +
          'and the catalog is read every 15 minutes by default',
      );
    }
    const body: ServiceSummary = {
      entityRef: node.entityRef,
      kind: node.kind,
      namespace: node.namespace,
      name: node.name,
      title: node.title,
      type: node.type,
      owner: node.owner,
      system: node.system,
      lifecycle: node.lifecycle,
    };
    res.json(body);
  });

  return router;
}
