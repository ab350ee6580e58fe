import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  EntitySloCard,
  EntitySloContent,
  isSloAvailable,
  SloClient,
  sloApiRef,
  sloPlugin,
  SloOverviewPage,
} from './index';
import { overviewRouteRef, rootRouteRef } from './routes';
import { checkoutEntity } from './__testUtils__/fixtures';
import { fleetSloApi } from './__testUtils__/fleetSloApi';

function apis() {
  return [
    [sloApiRef, fleetSloApi({ getCycles: jest.fn(async () => []) })],
    [permissionApiRef, new MockPermissionApi(() => AuthorizeResult.ALLOW)],
    [catalogApiRef, catalogApiMock()],
  ] as const;
}

describe('legacy frontend system exports', () => {
  it('exports the plugin with its API and routes', () => {
    expect(sloPlugin.getId()).toBe('slo');
    expect(sloPlugin.routes).toEqual({
      root: rootRouteRef,
      overview: overviewRouteRef,
    });
    expect([...sloPlugin.getApis()].map(f => f.api)).toEqual([sloApiRef]);
    expect(EntitySloContent).toBeDefined();
    expect(typeof isSloAvailable).toBe('function');
    expect(SloClient).toBeDefined();
  });

  it('renders EntitySloCard inside an entity page', async () => {
    await renderInTestApp(
      <TestApiProvider apis={apis()}>
        <EntityProvider entity={checkoutEntity}>
          <EntitySloCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    const table = await screen.findByRole('table', {
      name: 'Error budget per SLI',
    });
    expect(
      within(table).getByRole('row', { name: /^p99 latency/ }),
    ).toHaveTextContent('88.0% (6 h 20 min)');
  });

  it('renders SloOverviewPage on its route', async () => {
    await renderInTestApp(
      <TestApiProvider apis={apis()}>
        <Routes>
          <Route path="/slo" element={<SloOverviewPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: ['/slo'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      await screen.findByRole('heading', { name: 'Service level objectives' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('5 of 12 entities')).toBeInTheDocument();
    expect(
      await screen.findByRole('row', { name: /^low-risk services/ }),
    ).toBeInTheDocument();
  });
});
