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
import { EntitySloCard } from './EntitySloCard';

const server = sloTestServer();

const notFound = (what: string) =>
  HttpResponse.json(serializedError('NotFoundError', `no ${what}`, 404), {
    status: 404,
  });

function answer(slo: unknown, budget: unknown) {
  server.use(
    http.get(`${CHECKOUT_PATH}/slos`, () =>
      slo ? HttpResponse.json(slo as object) : notFound('active SLO'),
    ),
    http.get(`${CHECKOUT_PATH}/slos/error-budget`, () =>
      budget ? HttpResponse.json(budget as object) : notFound('error budget'),
    ),
  );
}

function rows() {
  return within(screen.getByRole('table', { name: 'Error budget per SLI' }))
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    );
}

describe('EntitySloCard', () => {
  it('shows a progress bar while the SLO loads', async () => {
    server.use(
      http.get(`${CHECKOUT_PATH}/slos`, () => delay('infinite')),
      http.get(`${CHECKOUT_PATH}/slos/error-budget`, () => delay('infinite')),
    );
    await renderSloSection(<EntitySloCard />);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the active SLO',
      }),
    ).toBeInTheDocument();
  });

  it('shows the targets, the budget left per SLI and the link to the tab', async () => {
    answer(activeSlo, errorBudget);
    const { container } = await renderSloSection(<EntitySloCard />);

    await screen.findByRole('table', { name: 'Error budget per SLI' });
    expect(
      screen.getByText(
        'balanced tier, 30-day window, active since 19 Feb 2026',
      ),
    ).toBeInTheDocument();
    expect(rows()).toEqual([
      // 1 − 0.6 = 40% of 43.2 min: 17.28 min.
      ['Availability', '99.9%', '40.0% (17.3 min)', 'Warning'],
      // 1 − 0.12 = 88% of 432 min: 380.16 min.
      ['p99 latency', '250 ms', '88.0% (6 h 20 min)', 'Healthy'],
    ]);
    expect(
      screen.getByRole('link', {
        name: 'Burn-down, alerts and history on the SLOs tab',
      }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout/slos');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when the budget has not been computed yet', async () => {
    answer(activeSlo, undefined);
    await renderSloSection(<EntitySloCard />);
    await screen.findByRole('table', { name: 'Error budget per SLI' });
    expect(rows()).toEqual([
      ['Availability', '99.9%', 'Not computed yet', '–'],
      ['p99 latency', '250 ms', 'Not computed yet', '–'],
    ]);
    expect(
      screen.getByText(/computed within 5 minutes of the SLO's activation/),
    ).toBeInTheDocument();
  });

  it('marks figures served from storage while Prometheus is away', async () => {
    answer(activeSlo, {
      ...errorBudget,
      stale: true,
      stale_reason: 'Prometheus did not answer within 30000 ms',
    });
    await renderSloSection(<EntitySloCard />);
    expect(
      await screen.findByText(
        'Figures from 21 Mar 2026, 12:00 UTC: Prometheus did not answer within 30000 ms.',
      ),
    ).toBeInTheDocument();
  });

  it('points to the SLOs tab to decide when there is no active SLO', async () => {
    answer(undefined, undefined);
    const { container } = await renderSloSection(<EntitySloCard />);
    expect(await screen.findByText('No active SLO')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Decide on the SLOs tab' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout/slos');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says what to do when the backend fails', async () => {
    server.use(
      http.get(`${CHECKOUT_PATH}/slos`, () =>
        HttpResponse.json(
          serializedError('ServiceUnavailableError', 'database down', 503),
          { status: 503 },
        ),
      ),
      http.get(`${CHECKOUT_PATH}/slos/error-budget`, () => notFound('budget')),
    );
    await renderSloSection(<EntitySloCard />);
    expect(
      await screen.findByText(
        /Could not load the active SLO: the SLO backend answered 503/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
