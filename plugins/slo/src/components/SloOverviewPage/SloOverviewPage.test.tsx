import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { http, HttpResponse } from 'msw';
import {
  currentQuery,
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { cycleMemberEntities } from './__fixtures__/rulesAndCycles';
import { dashboardHandlers } from './__testUtils__/dashboardHandlers';
import { SloOverviewPage } from './SloOverviewPage';

const server = sloTestServer();

/** The page at `route`, with the cycle members in the catalog. */
const renderPage = (route?: string) =>
  renderSloSection(<SloOverviewPage />, {
    route,
    catalogEntities: cycleMemberEntities,
  });

/** Waits until every panel shows its data. */
async function allPanelsLoaded() {
  await screen.findByText('5 of 12 entities');
  await screen.findByRole('table', {
    name: 'Closest to exhausting the error budget',
  });
  await screen.findByRole('table', { name: 'Decisions by tier' });
  await screen.findByRole('table', { name: 'Recent drift events' });
  await screen.findByRole('table', { name: 'Auto-approval rules' });
}

const dashboardPaths = [
  '/dashboard/coverage',
  '/dashboard/error-budget-health',
  '/dashboard/recommendation-quality',
  '/dashboard/drift',
];

function filtersSent(requests: URL[]) {
  return dashboardPaths.map(path => {
    const last = requests.filter(r => r.pathname.endsWith(path)).pop();
    return [
      path,
      last?.searchParams.get('owner'),
      last?.searchParams.get('system'),
    ];
  });
}

describe('SloOverviewPage', () => {
  it('applies the filters of the URL to every panel', async () => {
    const requests: URL[] = [];
    server.use(...dashboardHandlers(requests));
    await renderPage('/slo?team=team-checkout&system=checkout');
    await allPanelsLoaded();

    expect(
      screen.getByRole('heading', { name: 'Service level objectives' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Team')).toHaveValue('team-checkout');
    expect(screen.getByLabelText('System')).toHaveValue('checkout');
    expect(filtersSent(requests)).toEqual(
      dashboardPaths.map(p => [p, 'team-checkout', 'checkout']),
    );
    // Cycles are narrowed on the page: only cart's loop is checkout's.
    const cycles = await screen.findByRole('table', {
      name: 'Open dependency cycles',
    });
    const rows = within(cycles).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent(/^checkout → cart → checkout/);
    // Rules limited to team-storefront cannot apply to team-checkout.
    expect(
      screen.getByText(/Rules that can apply to team team-checkout/),
    ).toBeInTheDocument();
  });

  it('writes the filters to the URL and reloads the panels with them', async () => {
    const requests: URL[] = [];
    server.use(...dashboardHandlers(requests));
    await renderPage();
    await allPanelsLoaded();
    expect(filtersSent(requests)).toEqual(
      dashboardPaths.map(p => [p, null, null]),
    );

    fireEvent.change(screen.getByLabelText('Team'), {
      target: { value: 'team-storefront' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(currentQuery()).toBe('?team=team-storefront');
    await waitFor(() =>
      expect(filtersSent(requests)).toEqual(
        dashboardPaths.map(p => [p, 'team-storefront', null]),
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(currentQuery()).toBe('');
    expect(screen.getByLabelText('Team')).toHaveValue('');
  });

  it("narrows the page to a team from the team's row", async () => {
    server.use(...dashboardHandlers());
    await renderPage('/slo?system=checkout');
    await allPanelsLoaded();

    const byTeam = screen.getByRole('table', { name: 'Coverage by team' });
    fireEvent.click(
      within(byTeam).getByRole('link', {
        name: 'team-platform: show only this team',
      }),
    );

    expect(currentQuery()).toBe(
      '?system=checkout&team=group%3Adefault%2Fteam-platform',
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Team')).toHaveValue(
        'group:default/team-platform',
      ),
    );
  });

  it('keeps the other panels when one endpoint fails', async () => {
    server.use(
      http.get(`${SLO_BASE_URL}/dashboard/coverage`, () =>
        HttpResponse.json(
          serializedError('ServiceUnavailableError', 'refresh running', 503),
          { status: 503 },
        ),
      ),
      ...dashboardHandlers(),
    );
    await renderPage();

    expect(
      await screen.findByText(/Could not load the SLO coverage/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Recent drift events' }),
    ).toBeInTheDocument();
  });

  it('has no detectable accessibility violations', async () => {
    server.use(...dashboardHandlers());
    const { container } = await renderPage();
    await allPanelsLoaded();
    await screen.findByRole('table', { name: 'Open dependency cycles' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
