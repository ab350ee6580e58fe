import { InputError } from '@backstage/errors';
import express, { Request, Response } from 'express';
import Router from 'express-promise-router';
import { entityRefFromPath, parseOrThrow } from '../graph/parseQueries';
import {
  entityReportCsv,
  fleetEntitiesCsv,
  fleetSummaryCsv,
} from './reportCsv';
import {
  entityReportQuerySchema,
  fleetReportQuerySchema,
  slaTargetBodySchema,
} from './slaSchemas';
import { SlaReportService } from './SlaReportService';
import { SlaTargetService } from './SlaTargetService';

export interface SlaRouterOptions {
  targets: SlaTargetService;
  reports: SlaReportService;
  /**
   * Throws (401/403) unless the caller may decide on the entity's SLO,
   * which includes its SLA target; returns the signed-in user, who becomes
   * the change's actor.
   */
  authorizeDecision: (
    req: Request,
    entityRef: string,
  ) => Promise<{ userEntityRef: string }>;
  /** Throws (401/403) unless the caller may read SLOs and reports. */
  authorizeRead: (req: Request) => Promise<void>;
}

const entityRefOf = (req: Request) => entityRefFromPath(req.params);

/** `component:default/checkout` → `component-default-checkout`. */
const fileSafe = (text: string) => text.replace(/[^a-z0-9._-]+/gi, '-');

function send(
  res: Response,
  body: { json: unknown; csv: () => string },
  options: { format: 'json' | 'csv'; download: boolean; filename: string },
) {
  if (options.format === 'csv') {
    res
      .status(200)
      .setHeader('Content-Type', 'text/csv; charset=utf-8')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="${options.filename}.csv"`,
      )
      .send(body.csv());
    return;
  }
  if (options.download) {
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${options.filename}.json"`,
    );
  }
  res.status(200).json(body.json);
}

/**
 * SLA targets (set by annotation or through the API) and monthly SLA
 * compliance reports of one entity and of the fleet, as JSON or CSV.
 */
export function createSlaRouter(options: SlaRouterOptions): express.Router {
  const { targets, reports } = options;
  const router = Router();
  // A no-op when the plugin router already parsed the body.
  router.use(express.json({ limit: '64kb' }));

  router.get('/services/:kind/:namespace/:name/sla', async (req, res) => {
    const entityRef = entityRefOf(req);
    await options.authorizeRead(req);
    const state = await targets.state(entityRef);
    res.json({ ...state, history: await targets.history(entityRef) });
  });

  router.put('/services/:kind/:namespace/:name/sla', async (req, res) => {
    const entityRef = entityRefOf(req);
    const { userEntityRef } = await options.authorizeDecision(req, entityRef);
    if (req.body && typeof req.body === 'object' && 'actor' in req.body) {
      throw new InputError(
        'Invalid body: actor: remove it, the actor is the signed-in user',
      );
    }
    const body = parseOrThrow(slaTargetBodySchema, req.body, 'body');
    res.json(await targets.set(entityRef, body, userEntityRef));
  });

  router.delete('/services/:kind/:namespace/:name/sla', async (req, res) => {
    const entityRef = entityRefOf(req);
    const { userEntityRef } = await options.authorizeDecision(req, entityRef);
    res.json(await targets.remove(entityRef, userEntityRef));
  });

  router.get(
    '/services/:kind/:namespace/:name/sla-report',
    async (req, res) => {
      const entityRef = entityRefOf(req);
      await options.authorizeRead(req);
      const q = parseOrThrow(entityReportQuerySchema, req.query, 'query');
      const report = await reports.entityReport(entityRef, q);
      send(
        res,
        { json: report, csv: () => entityReportCsv(report) },
        {
          ...q,
          filename: `sla-report-${fileSafe(entityRef)}-${
            report.months[0].month
          }`,
        },
      );
    },
  );

  router.get('/sla-report', async (req, res) => {
    await options.authorizeRead(req);
    const q = parseOrThrow(fleetReportQuerySchema, req.query, 'query');
    const report = await reports.fleetReport(q);
    const summary = q.table === 'summary';
    send(
      res,
      {
        json: report,
        csv: () =>
          summary ? fleetSummaryCsv(report) : fleetEntitiesCsv(report),
      },
      {
        ...q,
        filename: `sla-report-fleet${summary ? '-summary' : ''}-${
          report.months[0].month
        }`,
      },
    );
  });

  return router;
}
