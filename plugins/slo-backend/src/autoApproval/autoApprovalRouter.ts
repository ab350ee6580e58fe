import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  autoApprovalRuleInputSchema,
  sloAutoApprovalManagePermission,
  sloReadPermission,
} from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { parseOrThrow } from '../graph/parseQueries';
import { authorizeRequest } from '../permissions/authorize';
import { AutoApprovalRuleStore } from './AutoApprovalRuleStore';

const idParams = z.object({
  id: z.string().uuid('must be the id of an auto-approval rule'),
});

/**
 * `/auto-approval-rules` (FR-11): everyone with `slo.read` lists them;
 * creating, changing and deleting needs `slo.autoApproval.manage` and a
 * signed-in user, who is recorded as the rule's author.
 */
export function createAutoApprovalRouter(options: {
  rules: AutoApprovalRuleStore;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}): express.Router {
  const { rules } = options;
  const router = Router();
  const manager = async (req: express.Request) => {
    const credentials = await authorizeRequest(
      options,
      req,
      sloAutoApprovalManagePermission,
      ['user'],
    );
    return credentials.principal.userEntityRef;
  };

  router.get('/auto-approval-rules', async (req, res) => {
    await authorizeRequest(options, req, sloReadPermission);
    res.json({ items: await rules.list() });
  });

  router.get('/auto-approval-rules/:id', async (req, res) => {
    await authorizeRequest(options, req, sloReadPermission);
    const { id } = parseOrThrow(idParams, req.params, 'path');
    res.json(await rules.get(id));
  });

  router.post('/auto-approval-rules', async (req, res) => {
    const actor = await manager(req);
    const input = parseOrThrow(autoApprovalRuleInputSchema, req.body, 'rule');
    res.status(201).json(await rules.add(input, actor));
  });

  router.put('/auto-approval-rules/:id', async (req, res) => {
    const actor = await manager(req);
    const { id } = parseOrThrow(idParams, req.params, 'path');
    const input = parseOrThrow(autoApprovalRuleInputSchema, req.body, 'rule');
    res.json(await rules.replace(id, input, actor));
  });

  router.delete('/auto-approval-rules/:id', async (req, res) => {
    await manager(req);
    const { id } = parseOrThrow(idParams, req.params, 'path');
    await rules.remove(id);
    res.status(204).end();
  });

  return router;
}
