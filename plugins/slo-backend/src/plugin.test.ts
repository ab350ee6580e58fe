import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readinessReportSchema } from '@slo-engine/plugin-slo-common';
import { sloMetricSourceExtensionPoint } from '@slo-engine/plugin-slo-node';
import request from 'supertest';
import { sloPlugin } from './plugin';
import { componentEntity } from './__testUtils__/entities';
import { freePort } from './__testUtils__/freePort';
import {
  startPrometheus,
  RunningPrometheus,
} from './__testUtils__/prometheusHarness';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();
let prometheus: RunningPrometheus;

beforeAll(async () => {
  prometheus = await startPrometheus({
    openMetrics: { text: '# TYPE up gauge\nup{job="x"} 1 1790000000\n# EOF\n' },
  });
});
afterAll(() => prometheus?.stop());

async function startBackend(options: {
  id: Parameters<typeof databases.init>[0];
  prometheusUrl: string;
  extra?: any[];
}) {
  const knex = await databases.init(options.id);
  return startTestBackend({
    features: [
      sloPlugin,
      mockServices.database.factory({ knex, migrations: { skip: false } }),
      mockServices.rootConfig.factory({
        data: { slo: { prometheus: { baseUrl: options.prometheusUrl } } },
      }),
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      catalogServiceMock.factory({
        entities: [componentEntity('checkout', { system: 'shop' })],
      }),
      ...(options.extra ?? []),
    ],
  });
}

describe.each(databases.eachSupportedId())('slo backend plugin (%s)', id => {
  it('is ready when its database and Prometheus answer', async () => {
    const { server } = await startBackend({
      id,
      prometheusUrl: prometheus.baseUrl,
    });
    const res = await request(server).get('/api/slo/health/ready');
    expect(res.status).toBe(200);
    const report = readinessReportSchema.parse(res.body);
    expect(report.status).toBe('ok');
    expect(report.checks.database.status).toBe('ok');
    expect(report.checks.prometheus.status).toBe('ok');
  });

  it('answers 503 naming Prometheus when it cannot be reached', async () => {
    const port = await freePort();
    const { server } = await startBackend({
      id,
      prometheusUrl: `http://127.0.0.1:${port}`,
    });
    const res = await request(server)
      .get('/api/slo/health/ready')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(503);
    expect(res.body.checks.database.status).toBe('ok');
    expect(res.body.checks.prometheus).toMatchObject({
      status: 'error',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('serves liveness without credentials', async () => {
    const { server } = await startBackend({
      id,
      prometheusUrl: prometheus.baseUrl,
    });
    const res = await request(server)
      .get('/api/slo/health')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('knows catalog entities after the catalog sync ran', async () => {
    const { server } = await startBackend({
      id,
      prometheusUrl: prometheus.baseUrl,
    });
    // The mock scheduler starts the sync at startup without awaiting it.
    let res = await request(server).get(
      '/api/slo/services/component/default/checkout',
    );
    for (let i = 0; i < 50 && res.status === 404; i++) {
      await new Promise(r => setTimeout(r, 100));
      res = await request(server).get(
        '/api/slo/services/component/default/checkout',
      );
    }
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/checkout',
      owner: 'group:default/team-a',
      system: 'system:default/shop',
    });

    const unknown = await request(server).get(
      '/api/slo/services/component/default/nope',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.name).toBe('NotFoundError');

    const bad = await request(server).get(
      '/api/slo/services/component/default/-bad-',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.name).toBe('InputError');

    const anonymous = await request(server)
      .get('/api/slo/services/component/default/checkout')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });

  it('limits impact analyses to 10 a minute per user by default', async () => {
    const { server } = await startBackend({
      id,
      prometheusUrl: prometheus.baseUrl,
    });
    // The limiter counts before the body is read: invalid calls count too.
    const post = () =>
      request(server).post('/api/slo/slos/impact-analysis').send({});
    for (let i = 0; i < 10; i++) expect((await post()).status).toBe(400);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('6');
    expect(refused.body.error.name).toBe('TooManyRequestsError');
  });

  it('pings metric sources that modules add through the extension point', async () => {
    const module = createBackendModule({
      pluginId: 'slo',
      moduleId: 'test-source',
      register(env) {
        env.registerInit({
          deps: { sources: sloMetricSourceExtensionPoint },
          async init({ sources }) {
            sources.addMetricSource({
              id: 'failing-source',
              ping: async () => {
                throw new Error('token expired');
              },
              readEventCounts: async () => [],
              readLatencyQuantiles: async () => [],
            });
          },
        });
      },
    });
    const { server } = await startBackend({
      id,
      prometheusUrl: prometheus.baseUrl,
      extra: [module],
    });
    const res = await request(server).get('/api/slo/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.metricSources['failing-source']).toMatchObject({
      status: 'error',
      message: 'token expired',
    });
  });
});
