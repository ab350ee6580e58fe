import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { ServiceList, sloReadPermission } from '@slo-engine/plugin-slo-common';
import express from 'express';
import Router from 'express-promise-router';
import type { ObservedAvailabilityReader } from '../impact/ObservedAvailabilityReader';
import { authorizeRequest } from '../permissions/authorize';
import { GraphStore } from './GraphStore';
import {
  decodeCursor,
  dependenciesQuerySchema,
  encodeCursor,
  entityRefFromPath,
  parseOrThrow,
  servicesQuerySchema,
} from './parseQueries';
import { toServiceSummary } from './toServiceSummary';

/** `team-a` and `group:default/team-a` name the same owner. */
function fullRef(value: string, defaultKind: string, what: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    throw new InputError(
      `Invalid query: ${what}: "${value}" is not an entity ref`,
    );
  }
}

/**
 * `GET /services` (paged list), `GET /services/{kind}/{namespace}/{name}`
 * and its `/dependencies` subgraph.
 */
const OBSERVED_WINDOW_MS = 30 * 86_400_000;

export function createServicesRouter(options: {
  store: GraphStore;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Adds each subgraph node's observed availability when given. */
  observed?: Pick<ObservedAvailabilityReader, 'read'>;
}): express.Router {
  const { store } = options;
  const router = Router();

  const readAllowed = async (req: express.Request) => {
    await authorizeRequest(options, req, sloReadPermission);
  };

  const knownRef = async (params: unknown) => {
    const entityRef = entityRefFromPath(params);
    const node = await store.getNode(entityRef);
    if (!node) {
      throw new NotFoundError(
        `${entityRef} is not known to the SLO engine: only catalog components and resources ` +
          'and services named in dependency data are; the catalog is read every 15 minutes by default',
      );
    }
    return node;
  };

  router.get('/services', async (req, res) => {
    await readAllowed(req);
    const q = parseOrThrow(servicesQuerySchema, req.query, 'query');
    const owner = q.owner ?? q.team;
    const nodes = await store.listNodes({
      owner: owner && fullRef(owner, 'group', 'owner'),
      system: q.system && fullRef(q.system, 'system', 'system'),
      kind: q.kind?.toLocaleLowerCase('en-US'),
      after: q.cursor ? decodeCursor(q.cursor) : undefined,
      limit: q.limit + 1,
    });
    const page = nodes.slice(0, q.limit);
    const body: ServiceList = { items: page.map(toServiceSummary) };
    if (nodes.length > q.limit) {
      body.nextCursor = encodeCursor(page[page.length - 1].entityRef);
    }
    res.json(body);
  });

  router.get('/services/:kind/:namespace/:name', async (req, res) => {
    await readAllowed(req);
    res.json(toServiceSummary(await knownRef(req.params)));
  });

  router.get(
    '/services/:kind/:namespace/:name/dependencies',
    async (req, res) => {
      await readAllowed(req);
      const q = parseOrThrow(dependenciesQuerySchema, req.query, 'query');
      const node = await knownRef(req.params);
      const model = await store.model();
      const subgraph = model.subgraph(node.entityRef, {
        direction: q.direction,
        depth: q.depth,
        includeExternal: q.include_external,
        includeStale: q.include_stale,
      });
      if (options.observed) {
        const now = Date.now();
        const observed = await options.observed.read(
          subgraph.nodes.map(n => n.entityRef),
          new Date(now - OBSERVED_WINDOW_MS),
          new Date(now),
        );
        subgraph.nodes = subgraph.nodes.map(n =>
          observed.has(n.entityRef)
            ? { ...n, observedAvailability: observed.get(n.entityRef) }
            : n,
        );
      }
      res.json(subgraph);
    },
  );

  return router;
}
