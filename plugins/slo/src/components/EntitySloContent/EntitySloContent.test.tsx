import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { SloApi, sloApiRef } from '../../api';
import {
  checkoutEntity,
  checkoutSummary,
  healthyReport,
  mockSloApi,
  prometheusDownReport,
} from '../../__testUtils__/fixtures';
import { EntitySloContent } from './EntitySloContent';

async function render(sloApi: SloApi, entity: Entity = checkoutEntity) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [sloApiRef, sloApi],
        [permissionApiRef, new MockPermissionApi(() => AuthorizeResult.ALLOW)],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntitySloContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

function row(name: string) {
  return screen.getByRole('row', { name: new RegExp(`^${name}`) });
}

describe('EntitySloContent', () => {
  it('shows the sections in the order an owner needs them', async () => {
    await render(mockSloApi());
    await screen.findByText('All checks pass');
    const headings = screen
      .getAllByRole('heading')
      .map(h => h.textContent)
      .filter(Boolean);
    const order = [
      'Recommendation',
      'Why',
      'Dependencies',
      'Decide',
      'Active SLO',
      'Alerts',
      'What if',
      'History',
    ].map(title => headings.findIndex(h => h!.startsWith(title)));
    expect(order.every(i => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows passing checks and what the engine knows about the entity', async () => {
    const sloApi = mockSloApi();
    await render(sloApi);

    expect(await screen.findByText('All checks pass')).toBeInTheDocument();
    expect(within(row('Database')).getByText('OK')).toBeInTheDocument();
    expect(within(row('Database')).getByText('3 ms')).toBeInTheDocument();
    expect(within(row('Prometheus')).getByText('OK')).toBeInTheDocument();
    expect(within(row('Prometheus')).getByText('13 ms')).toBeInTheDocument();

    expect(
      await screen.findByText('Known to the SLO engine'),
    ).toBeInTheDocument();
    expect(screen.getByText(checkoutSummary.entityRef)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /payments/ })).toHaveAttribute(
      'href',
      '/catalog/default/group/payments',
    );
    expect(screen.getByRole('link', { name: /shop/ })).toHaveAttribute(
      'href',
      '/catalog/default/system/shop',
    );
    expect(sloApi.getService).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout',
    });
  });

  it('shows the failing Prometheus check with its message', async () => {
    await render(
      mockSloApi({ getReadiness: jest.fn(async () => prometheusDownReport) }),
    );

    expect(await screen.findByText(/1 of 2 checks fail/)).toBeInTheDocument();
    const prometheus = row('Prometheus');
    expect(within(prometheus).getByText('Error')).toBeInTheDocument();
    expect(within(prometheus).getByText('5000 ms')).toBeInTheDocument();
    expect(
      within(prometheus).getByText('Prometheus did not answer within 5000 ms'),
    ).toBeInTheDocument();
    expect(within(row('Database')).getByText('OK')).toBeInTheDocument();
  });

  it('reads the status again on refresh', async () => {
    const sloApi = mockSloApi({
      getReadiness: jest.fn(async () => prometheusDownReport),
    });
    await render(sloApi);
    expect(await screen.findByText(/1 of 2 checks fail/)).toBeInTheDocument();

    sloApi.getReadiness.mockResolvedValueOnce(healthyReport);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByText('All checks pass')).toBeInTheDocument();
    expect(sloApi.getReadiness).toHaveBeenCalledTimes(2);
  });

  it('lists metric sources added by backend modules', async () => {
    await render(
      mockSloApi({
        getReadiness: jest.fn(async () => ({
          ...prometheusDownReport,
          metricSources: {
            datadog: { status: 'ok' as const, latencyMs: 40 },
          },
        })),
      }),
    );

    const datadog = await screen.findByRole('row', {
      name: /^Metric source: datadog/,
    });
    expect(within(datadog).getByText('OK')).toBeInTheDocument();
    expect(screen.getByText(/1 of 3 checks fail/)).toBeInTheDocument();
  });

  it('explains what to do when the engine does not know the entity', async () => {
    const sloApi = mockSloApi({ getService: jest.fn(async () => undefined) });
    await render(sloApi);

    expect(
      await screen.findByText('This entity is not known to the SLO engine yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/If component:default\/checkout was added/),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('Known to the SLO engine'),
    ).not.toBeInTheDocument();

    sloApi.getService.mockResolvedValueOnce(checkoutSummary);
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(
      await screen.findByText('Known to the SLO engine'),
    ).toBeInTheDocument();
    expect(sloApi.getService).toHaveBeenCalledTimes(2);
  });

  it('shows an actionable error panel when the API fails', async () => {
    const forbidden = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'denied' },
          response: { statusCode: 403 },
        }),
        { status: 403, headers: { 'content-type': 'application/json' } },
      ),
    );
    await render(
      mockSloApi({
        getService: jest.fn(async () => {
          throw forbidden;
        }),
        getReadiness: jest.fn(async () => {
          throw new TypeError('Failed to fetch');
        }),
      }),
    );

    expect(
      await screen.findByText(
        /Could not load what the SLO engine knows of this entity: you are not allowed to read SLO data/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /Could not load the SLO engine status: the SLO backend could not be reached/,
      ),
    ).toBeInTheDocument();
  });
});
