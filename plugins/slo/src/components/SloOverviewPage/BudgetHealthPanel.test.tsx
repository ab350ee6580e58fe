import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import {
  answerGet,
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { budgetHealth } from './__fixtures__/budgetHealth';
import { BudgetHealthPanel } from './BudgetHealthPanel';

const server = sloTestServer();
const PATH = '/dashboard/error-budget-health';

function cells(name: RegExp) {
  const table = screen.getByRole('table', {
    name: 'Closest to exhausting the error budget',
  });
  return within(within(table).getByRole('row', { name }))
    .getAllByRole('cell')
    .map(c => c.textContent);
}

describe('BudgetHealthPanel', () => {
  it('shows a progress bar while the budgets load', async () => {
    server.use(http.get(`${SLO_BASE_URL}${PATH}`, () => delay('infinite')));
    await renderSloSection(<BudgetHealthPanel filter={{}} />);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the error budget health',
      }),
    ).toBeInTheDocument();
  });

  it('ranks who is closest to exhaustion, each linking to its SLOs tab', async () => {
    const requests = answerGet(server, PATH, budgetHealth);
    await renderSloSection(
      <BudgetHealthPanel filter={{ team: 'team-checkout' }} />,
    );

    expect(
      await screen.findByText('6 SLIs of 5 entities with an active SLO.'),
    ).toBeInTheDocument();
    expect(Object.fromEntries(requests[0].searchParams)).toEqual({
      owner: 'team-checkout',
      limit: '10',
    });

    // 43.2 min × (1 − 1.12) = −5.184 min; spent, so nothing is projected.
    expect(cells(/^checkout/)).toEqual([
      'checkout',
      'Availability',
      'team-checkout',
      '112.0%',
      '−5.2 min',
      'Exhausted',
      'Already spent',
    ]);
    // 432 min × 0.19 = 82.08 min = 1 h 22 min.
    expect(cells(/^payments/)).toEqual([
      'payments',
      'p99 latency',
      'team-checkout',
      '81.0%',
      '1 h 22 min',
      'Critical',
      '4 Mar 2026, 06:00 UTC',
    ]);
    expect(cells(/^storefront-web/)[6]).toBe('Not burning');
    expect(screen.getByRole('link', { name: 'payments' })).toHaveAttribute(
      'href',
      '/catalog/default/component/payments/slos',
    );

    const consumption = screen.getByRole('table', {
      name: 'SLIs by consumed error budget',
    });
    expect(
      within(consumption)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.textContent),
    ).toEqual([
      'Below 25%2',
      '25–50%1',
      '50–75%0',
      '75–100%1',
      '100% or more (spent)1',
      'No data1',
    ]);
    const statuses = screen.getByRole('list', {
      name: 'SLIs by budget status',
    });
    expect(
      within(statuses)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'Healthy: 3',
      'Warning: 0',
      'Critical: 1',
      'Exhausted: 1',
      'No data: 1',
    ]);
  });

  it('says that budgets need an active SLO first', async () => {
    answerGet(server, PATH, {
      ...budgetHealth,
      entities_with_active_slo: 0,
      slis: 0,
      closest_to_exhaustion: [],
    });
    await renderSloSection(<BudgetHealthPanel filter={{}} />);
    expect(
      await screen.findByText('No entity has an active SLO yet'),
    ).toBeInTheDocument();
    expect(screen.getByText('docs/error-budgets.md')).toBeInTheDocument();
  });

  it('tells that budgets are on their way right after a decision', async () => {
    answerGet(server, PATH, {
      ...budgetHealth,
      entities_with_active_slo: 1,
      entities_without_snapshot: 1,
      slis: 0,
      consumption: budgetHealth.consumption.map(b => ({ ...b, count: 0 })),
      by_status: {
        healthy: 0,
        warning: 0,
        critical: 0,
        exhausted: 0,
        no_data: 0,
      },
      closest_to_exhaustion: [],
    });
    await renderSloSection(<BudgetHealthPanel filter={{}} />);
    expect(
      await screen.findByText(
        /1 have no budget yet: it is computed within 5 minutes/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No SLI has budget figures yet to rank.'),
    ).toBeInTheDocument();
  });

  it('names the missing SLO backend on a bare 404', async () => {
    answerGet(
      server,
      PATH,
      serializedError('NotFoundError', 'Not Found', 404),
      404,
    );
    await renderSloSection(<BudgetHealthPanel filter={{}} />);
    expect(
      await screen.findByText(
        /Could not load the error budget health: the SLO backend was not found at \/api\/slo/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
