import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import {
  answerGet,
  renderSloSection,
  serializedError,
  SLO_BASE_URL,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { drift, noDrift } from './__fixtures__/drift';
import { DriftPanel } from './DriftPanel';

const server = sloTestServer();
const PATH = '/dashboard/drift';

describe('DriftPanel', () => {
  it('shows a progress bar while the drift loads', async () => {
    server.use(http.get(`${SLO_BASE_URL}${PATH}`, () => delay('infinite')));
    await renderSloSection(<DriftPanel filter={{}} />);
    expect(
      await screen.findByRole('progressbar', {
        name: 'Loading the recent drift',
      }),
    ).toBeInTheDocument();
  });

  it('lists the drift of the last 7 days, newest first', async () => {
    const requests = answerGet(server, PATH, drift);
    await renderSloSection(
      <DriftPanel filter={{ team: 'team-checkout', system: 'checkout' }} />,
    );

    expect(
      await screen.findByText(
        '2 drift events (availability 1, p99 latency 1).',
      ),
    ).toBeInTheDocument();
    expect(Object.fromEntries(requests[0].searchParams)).toEqual({
      owner: 'team-checkout',
      system: 'checkout',
      days: '7',
      limit: '20',
    });
    const rows = within(
      screen.getByRole('table', { name: 'Recent drift events' }),
    ).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'payments',
      'p99 latency',
      'p99 latency 41.2 ms → 50.3 ms (+22%); detected by page_hinkley, kswin',
      '28 Feb 2026, 18:40 UTC',
      'team-checkout',
    ]);
    expect(
      within(rows[2]).getByRole('link', { name: 'search' }),
    ).toHaveAttribute('href', '/catalog/default/component/search/slos');
  });

  it('says when more events happened than are listed', async () => {
    answerGet(server, PATH, { ...drift, total: 5000, truncated: true });
    await renderSloSection(<DriftPanel filter={{}} />);
    expect(
      await screen.findByText(
        '5000+ drift events (availability 1, p99 latency 1); the 2 newest are listed.',
      ),
    ).toBeInTheDocument();
  });

  it('says when nothing drifted', async () => {
    answerGet(server, PATH, noDrift);
    await renderSloSection(<DriftPanel filter={{}} />);
    expect(
      await screen.findByText('No SLI drifted in the last 7 days'),
    ).toBeInTheDocument();
    expect(screen.getByText('docs/drift-detection.md')).toBeInTheDocument();
  });

  it('shows the backend refusing a filter', async () => {
    answerGet(
      server,
      PATH,
      serializedError(
        'InputError',
        'owner: ":x" is not an entity ref, e.g. group:default/name',
        400,
      ),
      400,
    );
    await renderSloSection(<DriftPanel filter={{ team: ':x' }} />);
    expect(
      await screen.findByText(
        /Could not load the recent drift: the SLO backend answered 400/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'owner: ":x" is not an entity ref, e.g. group:default/name',
      ),
    ).toBeInTheDocument();
  });
});
