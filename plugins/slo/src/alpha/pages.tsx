import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { overviewRouteRef } from '../routes';
import { SloIcon } from './SloIcon';

/**
 * The SLO overview page (`page:slo`) at `/slo`, with a sidebar item: a page
 * with a title and an icon is a nav item in this version of the frontend
 * system. The page draws its own header, so the plugin header is off.
 */
export const sloOverviewPage = PageBlueprint.make({
  params: {
    path: '/slo',
    title: 'SLOs',
    icon: <SloIcon />,
    routeRef: overviewRouteRef,
    noHeader: true,
    loader: () =>
      import('../components/SloOverviewPage').then(m => <m.SloOverviewPage />),
  },
});
