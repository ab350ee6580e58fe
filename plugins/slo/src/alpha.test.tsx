import { Entity } from '@backstage/catalog-model';
import { renderTestApp } from '@backstage/frontend-test-utils';
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

jest.setTimeout(30_000);

const sloEntityContent = sloPlugin.getExtension('entity-content:slo');
const sloApiExtension = sloPlugin.getExtension('api:slo');

function renderEntityPage(entity: Entity, sloApi = mockSloApi()) {
  renderTestApp({
    extensions: [createTestEntityPage({ entity }), sloEntityContent],
    apis: [catalogApiMock({ entities: [entity] }), [sloApiRef, sloApi]],
  });
  return sloApi;
}

describe('slo alpha plugin', () => {
  it('provides the SLO API and the SLOs tab', () => {
    expect(sloPlugin.id).toBe('slo');
    expect(sloApiExtension).toBeDefined();
    expect(sloEntityContent).toBeDefined();
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
