/*
 * Runs the SLO backend plugin alone: `yarn start` in this folder.
 * Set SLO_PROMETHEUS_URL (e.g. from `bash scripts/demo.sh`) for readiness.
 *
 *   curl localhost:7007/api/slo/health/ready
 *   curl -H 'Authorization: Bearer mock-user-token' \
 *     localhost:7007/api/slo/services/component/default/checkout
 */
import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

const backend = createBackend();

backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  mockServices.rootConfig.factory({
    data: {
      backend: { baseUrl: 'http://localhost:7007', listen: { port: 7007 } },
      slo: {
        prometheus: {
          baseUrl: process.env.SLO_PROMETHEUS_URL ?? 'http://127.0.0.1:9090',
        },
      },
    },
  }),
);
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'checkout', namespace: 'default' },
        spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
        relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
      },
    ],
  }),
);
backend.add(import('../src'));

backend.start();
