import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { delay, http, HttpResponse } from 'msw';
import {
  CHECKOUT_PATH,
  renderSloSection,
  serializedError,
  sloTestServer,
} from '../../__testUtils__/renderSloSection';
import { firstPage, NEXT_CURSOR, olderPage } from './__fixtures__/history';
import { HistorySection } from './HistorySection';

const server = sloTestServer();
const HISTORY = `${CHECKOUT_PATH}/slo-history`;

/** Answers each request with the next of `answers`, recording its query. */
function serve(...answers: (() => Response | Promise<Response>)[]) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get(HISTORY, ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return answers[Math.min(queries.length, answers.length) - 1]();
    }),
  );
  return queries;
}

const json = (body: object) => () => HttpResponse.json(body);

function event(title: string) {
  return screen.getByRole('listitem', { name: title });
}

describe('HistorySection', () => {
  it('shows a progress bar while loading', async () => {
    serve(() => delay('infinite').then(() => new Response()));
    await renderSloSection(<HistorySection />);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('shows the audit trail newest first', async () => {
    const queries = serve(json(firstPage));
    await renderSloSection(<HistorySection />);

    const trail = await screen.findByRole('list', { name: 'SLO audit trail' });
    expect(
      within(trail)
        .getAllByRole('heading')
        .map(h => h.textContent),
    ).toEqual([
      'SLI drift detected',
      'Modified the balanced tier',
      'Rejected the recommendation',
      'Auto-approved the balanced tier',
    ]);
    expect(queries[0].get('limit')).toBe('20');
    expect(queries[0].get('cursor')).toBeNull();

    const drift = event('SLI drift detected');
    expect(drift).toHaveTextContent(
      '20 Mar 2026, 08:15 UTC by SLO engine drift detection',
    );
    expect(drift).toHaveTextContent(
      'p99 latency 182.0 ms → 231.0 ms (+27%); detected by adwin, page-hinkley. The change started at 20 Mar 2026, 06:00 UTC and was confirmed at 20 Mar 2026, 08:10 UTC.',
    );

    const modify = event('Modified the balanced tier');
    expect(modify).toHaveTextContent('10 Mar 2026, 14:30 UTC by alice');
    expect(modify).toHaveTextContent(
      'Rationale: Checkout is on the payment path; the ACME contract needs 99.95',
    );
    expect(
      within(
        within(modify).getByRole('list', {
          name: 'Changed against the recommendation',
        }),
      )
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'Availability: +0.05 pp from recommended 99.9',
      'p99 latency: -50 ms from recommended 300',
    ]);
    expect(
      within(within(modify).getByRole('list', { name: 'Targets' }))
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual(['Availability: 99.9% → 99.95%', 'p99 latency: 300 ms → 250 ms']);

    expect(event('Rejected the recommendation')).toHaveTextContent(
      '5 Mar 2026, 16:45 UTC by bob',
    );
    expect(event('Auto-approved the balanced tier')).toHaveTextContent(
      'by auto-approval rule "low-risk services"',
    );
  });

  it('loads older events with the cursor', async () => {
    const queries = serve(json(firstPage), json(olderPage));
    await renderSloSection(<HistorySection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Load older' }));

    expect(
      await screen.findByRole('listitem', {
        name: 'Accepted the aggressive tier',
      }),
    ).toHaveTextContent(
      'Availability 99.5%, p99 latency ≤ 400 ms over 30 days (first SLO)',
    );
    expect(queries[1].get('cursor')).toBe(NEXT_CURSOR);
    expect(
      within(
        screen.getByRole('list', { name: 'SLO audit trail' }),
      ).getAllByRole('heading'),
    ).toHaveLength(5);
    expect(
      screen.queryByRole('button', { name: 'Load older' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('This is the beginning of the audit trail.'),
    ).toBeInTheDocument();
  });

  it('keeps the loaded events when an older page fails', async () => {
    serve(json(firstPage), () =>
      HttpResponse.json(
        serializedError('InputError', 'cursor is not valid', 400),
        { status: 400 },
      ),
    );
    await renderSloSection(<HistorySection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Load older' }));

    expect(
      await screen.findByText(
        /Could not load older audit events: the SLO backend answered 400/,
      ),
    ).toBeInTheDocument();
    expect(event('SLI drift detected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load older' })).toBeEnabled();
  });

  it('explains an empty trail', async () => {
    serve(json({ items: [] }));
    await renderSloSection(<HistorySection />);

    expect(await screen.findByText('No SLO decisions yet')).toBeInTheDocument();
    expect(screen.getByText(/in the Decide section/)).toBeInTheDocument();
  });

  it('says what to do when the trail cannot be read', async () => {
    serve(() =>
      HttpResponse.json(serializedError('NotAllowedError', 'denied', 403), {
        status: 403,
      }),
    );
    await renderSloSection(<HistorySection />);

    expect(
      await screen.findByText(
        /Could not load the SLO history: you are not allowed to read SLO data/,
      ),
    ).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    serve(json(firstPage));
    const { container } = await renderSloSection(<HistorySection />);
    await screen.findByRole('list', { name: 'SLO audit trail' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
