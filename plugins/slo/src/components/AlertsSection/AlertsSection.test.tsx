import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { delay, http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { activeSlo, errorBudget } from '../../__fixtures__/errorBudget';
import { alertOverview } from './__fixtures__/alerts';
import { alertReplay } from './__fixtures__/replay';
import { AlertsSection } from './AlertsSection';

const server = sloTestServer();

type Answer = () => Response | Promise<Response>;

/** The backend with an active SLO and its alerts; `patch` overrides. */
function serve(patch: Record<string, Answer> = {}) {
  const routes: Record<string, Answer> = {
    '/slos': () => HttpResponse.json(activeSlo),
    '/slos/alerts/overview': () => HttpResponse.json(alertOverview),
    '/slos/error-budget': () => HttpResponse.json(errorBudget),
    '/slos/alert-replay': () => HttpResponse.json(alertReplay),
    ...patch,
  };
  server.use(
    ...Object.entries(routes).map(([path, answer]) =>
      http.get(`${CHECKOUT_PATH}${path}`, answer),
    ),
  );
}

function cellsOf(table: string, row: RegExp) {
  const t = screen.getByRole('table', { name: table });
  return within(within(t).getByRole('row', { name: row }))
    .getAllByRole('cell')
    .map(c => c.textContent);
}

describe('AlertsSection', () => {
  it('shows a progress bar while loading', async () => {
    serve({ '/slos': () => delay('infinite').then(() => new Response()) });
    await renderSloSection(<AlertsSection />);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('asks for a decision when there is no active SLO', async () => {
    serve({
      '/slos': () =>
        HttpResponse.json(
          serializedError('NotFoundError', 'no active SLO', 404),
          { status: 404 },
        ),
    });
    await renderSloSection(<AlertsSection />);

    expect(
      await screen.findByText('No active SLO, so no alerts'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Accept a recommendation in the Decide section/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Alert replay')).not.toBeInTheDocument();
  });

  it('says what to do when the overview fails', async () => {
    serve({
      '/slos/alerts/overview': () =>
        HttpResponse.json(
          serializedError('NotAllowedError', 'slo.read denied', 403),
          { status: 403 },
        ),
    });
    await renderSloSection(<AlertsSection />);

    expect(
      await screen.findByText(
        /Could not load the alerts of the active SLO: you are not allowed to read SLO data/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('shows static and dynamic thresholds side by side with the traffic', async () => {
    serve();
    await renderSloSection(<AlertsSection />);

    const availability = await screen.findByRole('region', {
      name: 'Availability alerts',
    });
    expect(
      within(availability).getByText('dynamic burn rate'),
    ).toBeInTheDocument();
    expect(
      within(availability).getByRole('columnheader', {
        name: 'Dynamic threshold (in use)',
      }),
    ).toBeInTheDocument();
    // 14.4 × (1 − 0.999) = 1.44 %; 0.02 × 0.001 = 0.002 %.
    expect(cellsOf('Availability window pairs', /^1h \/ 5m/)).toEqual([
      '1h / 5m',
      'page',
      '2m',
      '2%',
      '14.4× burn rate: 1.44% errors',
      '0.002% × events in 30d ÷ events in 1h',
    ]);
    expect(cellsOf('Availability window pairs', /^3d \/ 6h/)).toEqual([
      '3d / 6h',
      'ticket',
      '3h',
      '10%',
      '1× burn rate: 0.1% errors',
      '0.01% × events in 30d ÷ events in 3d',
    ]);
    // 1,000,000 events in 30 days: 1h holds 1,388.9 (shown as 1,389) at the
    // average rate;
    // it held 2,000 in the last hour, so the dynamic threshold is
    // 0.00002 × 1e6 / 2,000 = 1%. The 1d window held 40,000:
    // 0.0001 × 1e6 / 40,000 = 0.25%. 6h has no count: the average applies.
    expect(
      within(availability).getByRole('figure', {
        name: 'Availability: events per alert window',
      }),
    ).toHaveTextContent('1,000,000 events in the last 30 days.');
    expect(cellsOf('Availability traffic per alert window', /^1h/)).toEqual([
      '1h',
      '2,000',
      '1,389',
      '1% errors',
      '1.44% errors',
    ]);
    expect(cellsOf('Availability traffic per alert window', /^1d/)).toEqual([
      '1d',
      '40,000',
      '33,333',
      '0.25% errors',
      '0.3% errors',
    ]);
    expect(cellsOf('Availability traffic per alert window', /^6h/)).toEqual([
      '6h',
      'no samples',
      '8,333',
      '0.6% errors',
      '0.6% errors',
    ]);
    expect(availability).toHaveTextContent(
      'A pair stays silent while its long window holds fewer than 100 events.',
    );

    const latency = screen.getByRole('region', { name: 'p99 latency alerts' });
    expect(within(latency).getByText('static burn rate')).toBeInTheDocument();
    expect(
      within(latency).getByRole('columnheader', {
        name: 'Static threshold (in use)',
      }),
    ).toBeInTheDocument();
    expect(cellsOf('p99 latency window pairs', /^1h \/ 5m/)[4]).toBe(
      '14.4× burn rate: 14.4% errors',
    );
    expect(latency).toHaveTextContent('le="0.25" is used as is');
  });

  it('keeps the thresholds when the traffic cannot be read', async () => {
    serve({
      '/slos/error-budget': () =>
        HttpResponse.json(
          serializedError('ServiceUnavailableError', 'Prometheus is down', 503),
          { status: 503 },
        ),
    });
    await renderSloSection(<AlertsSection />);

    expect(
      await screen.findByRole('table', { name: 'Availability window pairs' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(
        /Could not load the traffic behind the dynamic thresholds: the SLO backend answered 503/,
      ),
    ).toHaveLength(2);
  });

  it('has no accessibility violations', async () => {
    serve();
    const { container } = await renderSloSection(<AlertsSection />);
    await screen.findByRole('region', {
      name: 'Replay of component-default-checkout-availability',
    });
    await screen.findByRole('region', { name: 'Availability alerts' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
