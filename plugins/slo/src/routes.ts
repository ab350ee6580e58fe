import { createRouteRef } from '@backstage/core-plugin-api';

/** Route of the SLOs entity tab. Shared by the legacy and the new frontend system. */
export const rootRouteRef = createRouteRef({
  id: 'slo',
});

/**
 * Route of the organisation-wide SLO overview page (`/slo` by default).
 * Shared by the legacy and the new frontend system.
 */
export const overviewRouteRef = createRouteRef({
  id: 'slo-overview',
});
