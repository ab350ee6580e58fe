import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../routes';
import { sloApi } from './apis';
import { sloEntityContent } from './entityContent';

/**
 * The SLO plugin for the new frontend system. Extensions: `api:slo` and
 * `entity-content:slo` (the "SLOs" tab on component and resource pages).
 *
 * @alpha
 */
export const sloPlugin = createFrontendPlugin({
  pluginId: 'slo',
  title: 'SLOs',
  info: { packageJson: () => import('../../package.json') },
  routes: {
    root: rootRouteRef,
  },
  extensions: [sloApi, sloEntityContent],
});
