import { mockErrorHandler, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { SliAggregateStore } from '../aggregation/SliAggregateStore';
import { ObservedAvailabilityReader } from '../impact/ObservedAvailabilityReader';
import { createRouter } from '../router';
import { graphEdge, graphNode } from '../__testUtils__/graphFixtures';
import {
  createTestDatabases,
  initDatabaseService,
} from '../__testUtils__/testDatabases';
import { GraphStore } from './GraphStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const DAY = 86_400_000;

describe.each(databases.eachSupportedId())(
  'dependency nodes with observed availability (%s)',
  id => {
    it('adds the 30-day availability of every node with telemetry', async () => {
      const { database } = await initDatabaseService(databases, id);
      const graph = await GraphStore.create({ database });
      await graph.syncCatalog(
        ['a', 'b', 'c'].map(n => graphNode(n)),
        [graphEdge('a', 'b'), graphEdge('b', 'c')],
      );
      const aggregates = await SliAggregateStore.create({ database });
      const today = Math.floor(Date.now() / DAY) * DAY;
      const day = (
        ref: string,
        daysAgo: number,
        good: number,
        total: number,
      ) => ({
        entityRef: `component:default/${ref}`,
        resolution: 'day' as const,
        bucketStart: new Date(today - daysAgo * DAY),
        good,
        total,
        availability: good / total,
        gap: false,
      });
      await aggregates.upsert([
        // a: (999 + 997) / 2,000 = 0.998
        day('a', 1, 999, 1000),
        day('a', 2, 997, 1000),
        // 40 days ago: outside the window.
        day('a', 40, 0, 1000),
        // b: 4,999 / 5,000 = 0.9998; c has no telemetry.
        day('b', 3, 4999, 5000),
      ]);
      const app = express()
        .use(
          await createRouter({
            httpAuth: mockServices.httpAuth(),
            permissions: mockServices.permissions(),
            readiness: {} as any,
            graphStore: graph,
            observedAvailability: await ObservedAvailabilityReader.create({
              database,
            }),
          }),
        )
        .use(mockErrorHandler());

      const res = await request(app).get(
        '/services/component/default/a/dependencies?direction=downstream',
      );
      expect(res.status).toBe(200);
      const observed = Object.fromEntries(
        res.body.nodes.map((n: any) => [n.name, n.observedAvailability]),
      );
      expect(observed).toEqual({ a: 0.998, b: 0.9998, c: undefined });
    });
  },
);
