import { impactAnalysisRequestSchema } from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import { parseOrThrow } from '../graph/parseQueries';
import { ImpactAnalysisService } from './ImpactAnalysisService';

/** `POST /slos/impact-analysis` (FR-4). */
export function createImpactRouter(options: {
  service: ImpactAnalysisService;
  /** Throws (e.g. NotAllowedError) when the caller may not read SLOs. */
  authorize: (req: express.Request) => Promise<void>;
}): express.Router {
  const router = Router();
  router.post(
    '/slos/impact-analysis',
    express.json({ limit: '16kb' }),
    async (req, res) => {
      await options.authorize(req);
      const body = parseOrThrow(impactAnalysisRequestSchema, req.body, 'body');
      res.json(await options.service.analyse(body));
    },
  );
  return router;
}
