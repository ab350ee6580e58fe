import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { SloClient, sloApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The SLO plugin for the legacy frontend system. For the new frontend
 * system use the default export of `@slo-engine/plugin-slo/alpha`.
 *
 * @public
 */
export const sloPlugin = createPlugin({
  id: 'slo',
  apis: [
    createApiFactory({
      api: sloApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SloClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The "SLOs" entity tab: SLO engine status and what the engine knows about
 * the current entity. Use inside an `EntityLayout.Route`.
 *
 * @public
 */
export const EntitySloContent = sloPlugin.provide(
  createRoutableExtension({
    name: 'EntitySloContent',
    component: () =>
      import('./components/EntitySloContent').then(m => m.EntitySloContent),
    mountPoint: rootRouteRef,
  }),
);
