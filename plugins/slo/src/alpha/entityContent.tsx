import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { rootRouteRef } from '../routes';

/**
 * The "SLOs" entity tab (`entity-content:slo`). Shown for the kinds the SLO
 * engine tracks; `path`, `title` and `filter` can be changed in
 * `app.extensions`.
 */
export const sloEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/slos',
    title: 'SLOs',
    routeRef: rootRouteRef,
    filter: { kind: { $in: ['component', 'resource'] } },
    loader: () =>
      import('../components/EntitySloContent').then(m => (
        <m.EntitySloContent />
      )),
  },
});
