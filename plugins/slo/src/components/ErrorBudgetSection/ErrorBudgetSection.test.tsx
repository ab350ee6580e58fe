import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { delay, http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import {
  activeSlo,
  burnDown,
  errorBudget,
  staleErrorBudget,
} from '../../__fixtures__/errorBudget';
import { slaReport, slaTarget } from './__fixtures__/sla';
import { ErrorBudgetSection } from './ErrorBudgetSection';

const server = sloTestServer();

const NO_SLO = serializedError(
  'NotFoundError',
  'component:default/checkout has no active SLO; accept a recommendation first',
  404,
);

/** The backend with an active SLO, its budget and an SLA; `patch` overrides. */
function serve(patch: Record<string, () => Response | Promise<Response>> = {}) {
  const routes: Record<string, () => Response | Promise<Response>> = {
    '/slos': () => HttpResponse.json(activeSlo),
    '/slos/error-budget': () => HttpResponse.json(errorBudget),
    '/slos/error-budget/burn-down': () => HttpResponse.json(burnDown),
    '/sla': () => HttpResponse.json(slaTarget),
    '/sla-report': () => HttpResponse.json(slaReport),
    ...patch,
  };
  const months: (string | null)[] = [];
  server.use(
    ...Object.entries(routes).map(([path, answer]) =>
      http.get(`${CHECKOUT_PATH}${path}`, ({ request }) => {
        if (path === '/sla-report') {
          months.push(new URL(request.url).searchParams.get('months'));
        }
        return answer();
      }),
    ),
  );
  return { months };
}

function budgetOf(sli: string) {
  return screen.getByRole('region', { name: `${sli} error budget` });
}

describe('ErrorBudgetSection', () => {
  it('shows a progress bar while loading', async () => {
    serve({ '/slos': () => delay('infinite').then(() => new Response()) });
    await renderSloSection(<ErrorBudgetSection />);
    expect(
      (await screen.findAllByRole('progressbar')).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('shows the active SLO, each SLI budget and the burn-down', async () => {
    serve();
    await renderSloSection(<ErrorBudgetSection />);

    const targets = await screen.findByRole('list', {
      name: 'Active SLO targets',
    });
    expect(
      within(targets)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual(['Availability 99.9%', 'p99 latency ≤ 250 ms']);
    expect(
      screen.getByText(/Activated 19 Feb 2026, 09:30 UTC by alice/),
    ).toHaveTextContent('(accepted recommendation, balanced tier)');
    expect(
      screen.getByText('Computed 21 Mar 2026, 12:00 UTC'),
    ).toBeInTheDocument();

    // docs/error-budgets.md: 600 of 1,000 allowed bad events, 25.92 of 43.2 min.
    const availability = budgetOf('Availability');
    expect(
      within(availability).getByRole('heading', {
        name: 'Availability: 99.9% over 30 days',
      }),
    ).toBeInTheDocument();
    expect(
      within(availability).getByRole('meter', {
        name: 'Availability error budget remaining',
      }),
    ).toHaveAttribute('aria-valuetext', '40% of the budget remaining');
    expect(within(availability).getByText('Warning')).toBeInTheDocument();
    expect(
      within(availability).getByText(/50% or more of the budget spent/),
    ).toBeInTheDocument();
    expect(
      within(availability).getByText(
        '17.3 min of 43.2 min of full outage (400 of 1,000 bad events allowed)',
      ),
    ).toBeInTheDocument();
    expect(
      within(availability).getByText(
        '25.9 min (600 of 1,000 bad events allowed, out of 1,000,000 events in the window)',
      ),
    ).toBeInTheDocument();
    expect(
      within(availability).getByText(
        "29 Mar 2026, 12:00 UTC at the last 1d's burn rate of 1.5×",
      ),
    ).toBeInTheDocument();
    expect(
      within(availability).getByRole('figure', {
        name: 'Availability burn-down',
      }),
    ).toHaveTextContent(
      '60% of the budget spent against 100% on the ideal line: 40 pp below the ideal line (708 of 720 hours recorded).',
    );
    const byDay = within(availability).getByRole('table', {
      name: 'Availability burn-down by day',
    });
    expect(within(byDay).getAllByRole('row')).toHaveLength(32);

    // p99: 0.12 of 10,000 slow requests; 380.16 of 432 min left.
    const latency = budgetOf('p99 latency');
    expect(within(latency).getByRole('meter')).toHaveAttribute(
      'aria-valuetext',
      '88% of the budget remaining',
    );
    expect(within(latency).getByText('Healthy')).toBeInTheDocument();
    expect(
      within(latency).getByText(
        '6 h 20 min of 7 h 12 min of full outage (8,800 of 10,000 bad events allowed)',
      ),
    ).toBeInTheDocument();
    expect(
      within(latency).getByText(
        "31 Jul 2026, 12:00 UTC at the last 1d's burn rate of 0.2×",
      ),
    ).toBeInTheDocument();
    expect(within(latency).getByText(/le="0.25" bucket/)).toBeInTheDocument();
    expect(screen.queryByText('stale')).not.toBeInTheDocument();
  });

  it('marks a budget served from the snapshot while Prometheus is down', async () => {
    serve({
      '/slos/error-budget': () => HttpResponse.json(staleErrorBudget),
    });
    await renderSloSection(<ErrorBudgetSection />);

    const note = await screen.findByRole('note', {
      name: 'Stale error budget',
    });
    expect(within(note).getByText('stale')).toBeInTheDocument();
    expect(note).toHaveTextContent(
      'Prometheus could not be reached, so this is the snapshot computed at 21 Mar 2026, 11:55 UTC, not a live value. Prometheus did not answer within 5000 ms',
    );
  });

  it('asks for a decision when there is no active SLO', async () => {
    serve({ '/slos': () => HttpResponse.json(NO_SLO, { status: 404 }) });
    await renderSloSection(<ErrorBudgetSection />);

    expect(await screen.findByText('No active SLO yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Accept, modify or reject a recommendation in the Decide section/,
      ),
    ).toBeInTheDocument();
    // The SLA card is independent of the SLO.
    expect(
      await screen.findByRole('table', { name: 'SLA compliance by month' }),
    ).toBeInTheDocument();
  });

  it('says what to do when the budget cannot be computed', async () => {
    serve({
      '/slos/error-budget': () =>
        HttpResponse.json(
          serializedError(
            'ServiceUnavailableError',
            'Prometheus is unreachable and no snapshot of this SLO exists yet',
            503,
          ),
          { status: 503 },
        ),
    });
    await renderSloSection(<ErrorBudgetSection />);

    expect(
      await screen.findByText(
        /Could not load the active SLO and its error budget: the SLO backend answered 503/,
      ),
    ).toBeInTheDocument();
    // The server's message, in the error panel's details.
    expect(
      screen.getAllByText(/no snapshot of this SLO exists yet/)[0],
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('has no accessibility violations', async () => {
    serve();
    const { container } = await renderSloSection(<ErrorBudgetSection />);
    await screen.findByRole('table', { name: 'SLA compliance by month' });
    await screen.findByRole('region', { name: 'Availability error budget' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
