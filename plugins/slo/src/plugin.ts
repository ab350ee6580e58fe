import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { SloClient, sloApiRef } from './api';
import { overviewRouteRef, rootRouteRef } from './routes';

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
    overview: overviewRouteRef,
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

/**
 * A compact error budget card for the entity overview tab: the active SLO's
 * targets, the budget left per SLI, its status and a link to the SLOs tab.
 *
 * @public
 */
export const EntitySloCard = sloPlugin.provide(
  createComponentExtension({
    name: 'EntitySloCard',
    component: {
      lazy: () =>
        import('./components/EntitySloCard').then(m => m.EntitySloCard),
    },
  }),
);

/**
 * The SLO overview page for platform teams: coverage, error budget health,
 * recommendation quality, drift, open cycles and auto-approval rules, with
 * team and system filters. Mount it on a route, e.g.
 * `<Route path="/slo" element={<SloOverviewPage />} />`.
 *
 * @public
 */
export const SloOverviewPage = sloPlugin.provide(
  createRoutableExtension({
    name: 'SloOverviewPage',
    component: () =>
      import('./components/SloOverviewPage').then(m => m.SloOverviewPage),
    mountPoint: overviewRouteRef,
  }),
);
