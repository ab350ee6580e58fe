import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import {
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { coverage, coverageBeforeRefresh } from './__fixtures__/dashboard';
import { CoveragePanel } from './CoveragePanel';

const server = sloTestServer();
const URL_COVERAGE = `${SLO_BASE_URL}/dashboard/coverage`;

function answer(body: unknown, requests: URL[] = [], status = 200) {
  server.use(
    http.get(URL_COVERAGE, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json(body as object, { status });
    }),
  );
  return requests;
}

function row(table: string, name: RegExp) {
  return within(screen.getByRole('table', { name: table })).getByRole('row', {
    name,
  });
}

describe('CoveragePanel', () => {
  it('shows a progress bar while the coverage loads', async () => {
    server.use(http.get(URL_COVERAGE, () => delay('infinite')));
    await renderSloSection(<CoveragePanel filter={{}} />);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the SLO coverage',
      }),
    ).toBeInTheDocument();
  });

  it('shows the totals and the coverage by team, criticality and system', async () => {
    const requests = answer(coverage);
    await renderSloSection(<CoveragePanel filter={{}} />);

    expect(await screen.findByText('5 of 12 entities')).toBeInTheDocument();
    // 5 / 12 = 41.7 %, shown without decimals.
    expect(screen.getByText(/have an active SLO \(42%\)/)).toBeInTheDocument();
    expect(screen.getByText(/2 report no telemetry/)).toBeInTheDocument();
    expect(
      screen.getByText('Computed 1 Mar 2026, 12:00 UTC'),
    ).toBeInTheDocument();

    const checkout = row('Coverage by team', /^team-checkout/);
    expect(
      within(checkout)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['team-checkout', '4', '3', '1', '0', '0', '75%']);
    expect(
      within(checkout).getByRole('link', { name: /team-checkout/ }),
    ).toHaveAttribute('href', '/?team=group%3Adefault%2Fteam-checkout');

    expect(
      within(row('Coverage by criticality', /^Not annotated/))
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Not annotated', '4', '0', '2', '2', '2', '0%']);
    expect(
      within(row('Coverage by system', /^storefront/))
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['storefront', '8', '2', '3', '3', '2', '25%']);
    expect(requests[0].search).toBe('');
  });

  it('agrees the summary with counts of one', async () => {
    answer({
      ...coverage,
      totals: {
        entities: 21,
        active_slo: 1,
        awaiting_decision: 1,
        without_slo: 19,
        no_telemetry: 1,
        coverage_ratio: 1 / 21,
      },
    });
    await renderSloSection(<CoveragePanel filter={{}} />);
    const summary = (await screen.findByText('1 of 21 entities')).closest('p');
    expect(summary).toHaveTextContent(
      "1 of 21 entities has an active SLO (5%). 1 awaits its owner's decision and 19 have none. 1 reports no telemetry: it needs the telemetry annotations",
    );
  });

  it('sends the filters as owner and system', async () => {
    const requests = answer(coverage);
    await renderSloSection(
      <CoveragePanel filter={{ team: 'team-checkout', system: 'checkout' }} />,
    );
    await screen.findByText('5 of 12 entities');
    expect(Object.fromEntries(requests[0].searchParams)).toEqual({
      owner: 'team-checkout',
      system: 'checkout',
    });
  });

  it('explains that the dashboard has not been computed yet', async () => {
    answer(coverageBeforeRefresh);
    await renderSloSection(<CoveragePanel filter={{}} />);
    expect(
      await screen.findByText('The SLO dashboard has not been computed yet'),
    ).toBeInTheDocument();
    expect(screen.getByText('slo-dashboard-refresh')).toBeInTheDocument();
    expect(screen.getByText('docs/dashboard.md')).toBeInTheDocument();
  });

  it('says when nothing matches the filters', async () => {
    answer({
      ...coverage,
      totals: { ...coverage.totals, entities: 0, active_slo: 0 },
      by_team: [],
      by_system: [],
    });
    await renderSloSection(<CoveragePanel filter={{ team: 'team-nobody' }} />);
    expect(
      await screen.findByText('No entities for team team-nobody'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'clear the filters' }),
    ).toBeInTheDocument();
  });

  it('says what to do when the backend fails, and retries', async () => {
    answer(
      serializedError('ServiceUnavailableError', 'database is starting', 503),
      [],
      503,
    );
    await renderSloSection(<CoveragePanel filter={{}} />);
    expect(
      await screen.findByText(
        /Could not load the SLO coverage: the SLO backend answered 503\. Check the backend logs/,
      ),
    ).toBeInTheDocument();

    answer(coverage);
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(await screen.findByText('5 of 12 entities')).toBeInTheDocument();
  });
});
