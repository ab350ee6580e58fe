import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import {
  answerGet,
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import {
  cartCycle,
  cycleMemberEntities,
  searchCycle,
} from './__fixtures__/rulesAndCycles';
import { FleetFilterValues } from './fleetFilter';
import { CyclesPanel } from './CyclesPanel';

const server = sloTestServer();

/** The panel with the cycle members in the catalog, for the filters. */
const renderPanel = (filter: FleetFilterValues = {}) =>
  renderSloSection(<CyclesPanel filter={filter} />, {
    catalogEntities: cycleMemberEntities,
  });

function cycleRows() {
  return within(screen.getByRole('table', { name: 'Open dependency cycles' }))
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    );
}

describe('CyclesPanel', () => {
  it('shows a progress bar while the cycles load', async () => {
    server.use(http.get(`${SLO_BASE_URL}/cycles`, () => delay('infinite')));
    await renderPanel();
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the open dependency cycles',
      }),
    ).toBeInTheDocument();
  });

  it('lists open cycles as paths of links to each SLOs tab', async () => {
    const requests = answerGet(server, '/cycles', {
      items: [cartCycle, searchCycle],
    });
    await renderPanel();

    await screen.findByRole('table', { name: 'Open dependency cycles' });
    expect(requests[0].searchParams.get('status')).toBe('open');
    expect(cycleRows()).toEqual([
      ['checkout → cart → checkout', '2', '27 Feb 2026, 10:15 UTC'],
      ['search → search-index-primary → search', '2', '20 Feb 2026, 07:45 UTC'],
    ]);
    expect(screen.getAllByRole('link', { name: 'cart' })[0]).toHaveAttribute(
      'href',
      '/catalog/default/component/cart/slos',
    );
  });

  it.each([
    [{ team: 'team-platform' }, 'search → search-index-primary → search'],
    [{ system: 'checkout' }, 'checkout → cart → checkout'],
  ])(
    'keeps the cycles with a member matching %p, read from the catalog',
    async (filter, expected) => {
      answerGet(server, '/cycles', { items: [cartCycle, searchCycle] });
      await renderPanel(filter);
      await screen.findByRole('table', { name: 'Open dependency cycles' });
      expect(cycleRows().map(r => r[0])).toEqual([expected]);
    },
  );

  it('needs one member matching both team and system', async () => {
    answerGet(server, '/cycles', { items: [cartCycle, searchCycle] });
    await renderPanel({ team: 'team-checkout', system: 'storefront' });
    expect(
      await screen.findByText(
        'No open cycles for team team-checkout and system storefront',
      ),
    ).toBeInTheDocument();
  });

  it('says when there are no open cycles', async () => {
    answerGet(server, '/cycles', { items: [] });
    await renderPanel();
    expect(
      await screen.findByText('No open dependency cycles'),
    ).toBeInTheDocument();
  });

  it('says what to do when the cycles cannot be read', async () => {
    answerGet(
      server,
      '/cycles',
      serializedError('Error', 'graph store unavailable', 500),
      500,
    );
    await renderPanel();
    expect(
      await screen.findByText(
        /Could not load the open dependency cycles: the SLO backend answered 500/,
      ),
    ).toBeInTheDocument();
  });
});
