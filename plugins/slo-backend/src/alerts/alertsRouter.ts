import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { AlertReplayResponse } from '@slo-engine/plugin-slo-common';
import express, { Request, Response } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { entityRefFromPath, parseOrThrow } from '../graph/parseQueries';
import { toAlertOverview } from './alertOverview';
import {
  entityAlertsQuerySchema,
  fleetAlertsQuerySchema,
} from './alertsQuerySchemas';
import { RenderedExport, renderAlertExport } from './export/renderAlertExport';
import type { AlertReplayService } from './replay/AlertReplayService';
import { parseReplayQuery } from './replay/parseReplayQuery';
import type { AlertSpecSource } from './specs/types';

export interface AlertsRouterOptions {
  specs: AlertSpecSource;
  /** Throws (401/403) unless the caller may read SLOs. */
  authorizeRead: (req: Request) => Promise<void>;
  /** Absent without Prometheus: alert replay answers 503. */
  replay?: AlertReplayService;
  now?: () => Date;
}

const entityRefOf = (req: Request) => entityRefFromPath(req.params);

function send(res: Response, file: RenderedExport, download: boolean) {
  res.type(file.contentType);
  res.setHeader('X-SLO-Count', String(file.sloCount));
  if (download) res.attachment(file.fileName);
  res.send(file.body);
}

/**
 * Alert rules of active SLOs: per entity and for a team or system, in the
 * formats teams run (Prometheus rule files, operator resources, OpenSLO,
 * Sloth, Pyrra), plus an overview of both burn-rate modes.
 */
export function createAlertsRouter(
  options: AlertsRouterOptions,
): express.Router {
  const router = Router();

  router.get(
    '/services/:kind/:namespace/:name/slos/alerts',
    async (req, res) => {
      const entityRef = entityRefOf(req);
      await options.authorizeRead(req);
      const q = parseOrThrow(entityAlertsQuerySchema, req.query, 'query');
      const entity = await options.specs.specsFor(entityRef);
      const file = renderAlertExport({
        format: q.format,
        entities: [entity],
        name: entityRef,
        namespace: q.namespace,
      });
      send(res, file, q.download);
    },
  );

  router.get(
    '/services/:kind/:namespace/:name/slos/alerts/overview',
    async (req, res) => {
      const entityRef = entityRefOf(req);
      await options.authorizeRead(req);
      parseOrThrow(z.object({}).strict(), req.query, 'query');
      res.json(toAlertOverview(await options.specs.specsFor(entityRef)));
    },
  );

  router.get(
    '/services/:kind/:namespace/:name/slos/alert-replay',
    async (req, res) => {
      const entityRef = entityRefOf(req);
      await options.authorizeRead(req);
      const { lookbackDays } = parseReplayQuery(req.query);
      if (!options.replay) {
        throw new ServiceUnavailableError(
          'Alert replay needs Prometheus: configure slo.prometheus.baseUrl',
        );
      }
      const entity = await options.specs.specsFor(entityRef);
      const result = await options.replay.replay({
        specs: entity.specs.map(s => s.spec),
        lookbackDays,
        now: options.now?.() ?? new Date(),
      });
      const body: AlertReplayResponse = {
        entity_ref: entityRef,
        slo_id: entity.slo.id,
        ...result,
        notes: [...entity.notes, ...result.notes],
      };
      res.json(body);
    },
  );

  router.get('/slos/alerts', async (req, res) => {
    await options.authorizeRead(req);
    const q = parseOrThrow(fleetAlertsQuerySchema, req.query, 'query');
    const entities = await options.specs.specsForFleet({
      owner: q.owner,
      system: q.system,
    });
    const name =
      [q.owner, q.system].filter(Boolean).join('+') || 'all-active-slos';
    if (!entities.some(e => e.specs.length > 0)) {
      throw new NotFoundError(
        `No active SLO with alert rules matches ${
          [q.owner, q.system].filter(Boolean).join(' and ') || 'the fleet'
        }`,
      );
    }
    send(
      res,
      renderAlertExport({ format: q.format, entities, name }),
      q.download,
    );
  });

  return router;
}
