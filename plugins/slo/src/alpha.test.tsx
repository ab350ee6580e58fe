import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import sloPlugin from './alpha';
import { sloApiRef } from './api';
import {
  checkoutEntity,
  checkoutSummary,
  mockSloApi,
  prometheusDownReport,
} from './__testUtils__/fixtures';
import { fleetSloApi } from './__testUtils__/fleetSloApi';

const sloEntityContent = sloPlugin.getExtension('entity-content:slo');
const sloApiExtension = sloPlugin.getExtension('api:slo');
const sloEntityCard = sloPlugin.getExtension('entity-card:slo');
const sloOverviewPage = sloPlugin.getExtension('page:slo');

function renderEntityPage(entity: Entity, sloApi = mockSloApi()) {
  renderTestApp({
    extensions: [createTestEntityPage({ entity }), sloEntityContent],
    apis: [catalogApiMock({ entities: [entity] }), [sloApiRef, sloApi]],
  });
  return sloApi;
}

describe('slo alpha plugin', () => {
  it('provides the SLO API, the SLOs tab, the card and the overview page', () => {
    expect(sloPlugin.id).toBe('slo');
    expect(sloApiExtension).toBeDefined();
    expect(sloEntityContent).toBeDefined();
    expect(sloEntityCard).toBeDefined();
    expect(sloOverviewPage).toBeDefined();
  });

  it('mounts the overview page at /slo with a title and an icon for the nav', () => {
    const tester = createExtensionTester(sloOverviewPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/slo');
    expect(tester.get(coreExtensionData.title)).toBe('SLOs');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('renders readiness and the entity status on a component page', async () => {
    const sloApi = renderEntityPage(
      checkoutEntity,
      mockSloApi({ getReadiness: jest.fn(async () => prometheusDownReport) }),
    );

    expect(await screen.findByText('SLO engine status')).toBeInTheDocument();
    const prometheus = await screen.findByRole('row', { name: /^Prometheus/ });
    expect(
      within(prometheus).getByText('Prometheus did not answer within 5000 ms'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Known to the SLO engine'),
    ).toBeInTheDocument();
    expect(screen.getByText(checkoutSummary.entityRef)).toBeInTheDocument();
    expect(sloApi.getService).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout',
    });
  });

  it('is shown for resources', async () => {
    renderEntityPage({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'orders-db', namespace: 'default' },
      spec: { type: 'database', owner: 'payments' },
    });

    expect(await screen.findByText('SLO engine status')).toBeInTheDocument();
  });

  it('is hidden for kinds the SLO engine does not track', async () => {
    const sloApi = renderEntityPage({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'payments', namespace: 'default' },
      spec: { type: 'team', children: [] },
    });

    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(screen.queryByText('SLO engine status')).not.toBeInTheDocument();
    expect(sloApi.getReadiness).not.toHaveBeenCalled();
  });
});

describe('slo alpha plugin: entity card', () => {
  it('shows the error budget card on a component overview', async () => {
    const sloApi = fleetSloApi();
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: checkoutEntity }),
        sloEntityCard,
      ],
      apis: [
        catalogApiMock({ entities: [checkoutEntity] }),
        [sloApiRef, sloApi],
      ],
    });

    const table = await screen.findByRole('table', {
      name: 'Error budget per SLI',
    });
    expect(
      within(table).getByRole('row', { name: /^Availability/ }),
    ).toHaveTextContent('40.0% (17.3 min)');
    expect(sloApi.getActiveSlo).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout',
    });
  });

  it('is not shown for kinds the SLO engine does not track', async () => {
    const sloApi = fleetSloApi();
    renderTestApp({
      extensions: [
        createTestEntityPage({
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'System',
            metadata: { name: 'checkout', namespace: 'default' },
            spec: { owner: 'team-checkout' },
          },
        }),
        sloEntityCard,
      ],
      apis: [catalogApiMock(), [sloApiRef, sloApi]],
    });

    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(sloApi.getActiveSlo).not.toHaveBeenCalled();
  });
});

describe('slo alpha plugin: overview page', () => {
  it('serves the page at /slo and lists it in the sidebar', async () => {
    const sloApi = fleetSloApi();
    renderTestApp({
      extensions: [sloOverviewPage],
      apis: [catalogApiMock(), mockApis.permission(), [sloApiRef, sloApi]],
      initialRouteEntries: ['/slo?team=team-checkout'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });

    expect(
      await screen.findByRole('heading', { name: 'Service level objectives' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('5 of 12 entities')).toBeInTheDocument();
    expect(sloApi.getCoverage).toHaveBeenCalledWith({ owner: 'team-checkout' });
    expect(screen.getByRole('link', { name: 'SLOs' })).toHaveAttribute(
      'href',
      '/slo',
    );
  });
});
