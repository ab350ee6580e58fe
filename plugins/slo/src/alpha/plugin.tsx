import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { overviewRouteRef, rootRouteRef } from '../routes';
import { sloApi } from './apis';
import { sloEntityCard } from './entityCards';
import { sloEntityContent } from './entityContent';
import { sloOverviewPage } from './pages';
import { SloIcon } from './SloIcon';

/**
 * The SLO plugin for the new frontend system. Extensions: `api:slo`,
 * `entity-content:slo` (the "SLOs" tab on component and resource pages),
 * `entity-card:slo` (the error budget card of their overview tab) and
 * `page:slo` (the SLO overview page at `/slo`, in the sidebar).
 *
 * @alpha
 */
export const sloPlugin = createFrontendPlugin({
  pluginId: 'slo',
  title: 'SLOs',
  icon: <SloIcon />,
  info: { packageJson: () => import('../../package.json') },
  routes: {
    root: rootRouteRef,
    overview: overviewRouteRef,
  },
  extensions: [sloApi, sloEntityContent, sloEntityCard, sloOverviewPage],
});
