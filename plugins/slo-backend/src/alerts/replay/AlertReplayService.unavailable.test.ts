import { mockErrorHandler } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { clientFor } from '../../__testUtils__/clientFor';
import { freePort } from '../../__testUtils__/freePort';
import { AlertReplayService, ReplayPrometheus } from './AlertReplayService';
import { missingSpecs, ratioSpec } from './replayFixtures';

/** A real client aimed at a loopback port nothing listens on. */
async function unreachable() {
  const port = await freePort();
  const client = clientFor(`http://127.0.0.1:${port}`, {
    requestTimeoutMs: 2_000,
    retry: { attempts: 0, initialDelayMs: 0, factor: 1 },
  });
  let calls = 0;
  const counted: ReplayPrometheus = {
    query: (q, t) => {
      calls++;
      return client.query(q, t);
    },
    queryRange: (q, r) => {
      calls++;
      return client.queryRange(q, r);
    },
  };
  return { prometheus: counted, calls: () => calls };
}

describe('AlertReplayService when Prometheus is down', () => {
  it('throws ServiceUnavailableError and stops querying after the first failure', async () => {
    const { prometheus, calls } = await unreachable();
    const service = new AlertReplayService({ prometheus });
    // 4 specs: 40 queries if nothing stopped them
    const error = await service
      .replay({ specs: missingSpecs, lookbackDays: 7, now: new Date() })
      .catch(e => e);
    expect(error.name).toBe('ServiceUnavailableError');
    expect(error.message).toMatch(
      /^Alert replay needs Prometheus, which did not answer: Prometheus \/api\/v1\/query(_range)? unreachable: ECONNREFUSED/,
    );
    // the first four ran at once; none started after they failed
    expect(calls()).toBe(4);
  });

  it('is a 503 through the backend error handler, not a 500', async () => {
    const { prometheus } = await unreachable();
    const service = new AlertReplayService({ prometheus });
    const app = express()
      .get('/replay', async (_req, res, next) => {
        try {
          res.json(
            await service.replay({
              specs: [ratioSpec('checkout', 30)],
              lookbackDays: 1,
              now: new Date(),
            }),
          );
        } catch (e) {
          next(e);
        }
      })
      .use(mockErrorHandler());
    const res = await request(app).get('/replay');
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('ServiceUnavailableError');
  });
});
